import type { PlatformRole } from '../../gql/graphql';

/** Who may see what in the interface, by platform role (the API decides again on every request). */

/** The joint office and administrators see the coordinator area. */
export function isCoordinator(roles: readonly PlatformRole[] | null | undefined): boolean {
  return (roles ?? []).some((role) => role === 'COORDINATOR' || role === 'ADMIN');
}

export function isAdmin(roles: readonly PlatformRole[] | null | undefined): boolean {
  return (roles ?? []).includes('ADMIN');
}

/** Roles that see the dashboard (the API's @Roles on `dashboard` says the same). */
export const DASHBOARD_ROLES: readonly PlatformRole[] = ['OFFICIAL', 'COORDINATOR', 'ADMIN'];

/** Mayors and district heads (OFFICIAL, also through an office), the joint office and administrators. */
export function canSeeDashboard(roles: readonly PlatformRole[] | null | undefined): boolean {
  return (roles ?? []).some((role) => DASHBOARD_ROLES.includes(role));
}
