import type { PlatformRole } from '../../gql/graphql';

/** The joint office and administrators see the coordinator area. */
export function isCoordinator(roles: readonly PlatformRole[] | null | undefined): boolean {
  return (roles ?? []).some((role) => role === 'COORDINATOR' || role === 'ADMIN');
}
