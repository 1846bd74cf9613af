import { isAdmin } from '../../lib/session/access';
import type { PlatformRole } from '../../gql/graphql';

/** Platform roles in display order (the i18n resource has a label for each). */
export const PLATFORM_ROLES: readonly PlatformRole[] = ['OFFICIAL', 'ADVISOR', 'COORDINATOR', 'ADMIN'];

/** Roles the joint office may grant and withdraw; ADMIN and COORDINATOR only administrators hand out. */
const COORDINATOR_GRANTS: readonly PlatformRole[] = ['OFFICIAL', 'ADVISOR'];

/**
 * Roles a viewer may grant or withdraw (mirrors the API's rule). The same set limits the roles of
 * offices the viewer creates and hands over: an office passes its role on to its holder.
 */
export function assignableRoles(viewerRoles: readonly PlatformRole[] | null | undefined): readonly PlatformRole[] {
  return isAdmin(viewerRoles) ? PLATFORM_ROLES : COORDINATOR_GRANTS;
}

/** A role from untrusted input (a URL parameter, a select), or null. */
export function parsePlatformRole(value: string | null | undefined): PlatformRole | null {
  return PLATFORM_ROLES.find((role) => role === value) ?? null;
}
