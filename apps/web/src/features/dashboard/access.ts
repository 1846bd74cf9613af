import type { PlatformRole } from '../../gql/graphql';

/** Roles that see the dashboard (the API's @Roles on `dashboard` says the same). */
export const DASHBOARD_ROLES: readonly PlatformRole[] = ['OFFICIAL', 'COORDINATOR', 'ADMIN'];

/** Mayors and district heads (OFFICIAL, also through an office), the joint office and administrators. */
export function canSeeDashboard(roles: readonly PlatformRole[] | null | undefined): boolean {
  return (roles ?? []).some((role) => DASHBOARD_ROLES.includes(role));
}
