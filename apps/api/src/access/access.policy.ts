import type { Prisma } from '@wiw/db';
import type { AuthState } from '../common/graphql/context';
import { isUuid } from '../common/pagination/pagination';
import { NotOrganisationMemberError, NotOrganisationOwnerError, OrganisationNotVerifiedError } from './access.errors';

/**
 * Who may act for an organisation: the one place that reads memberships for access decisions.
 * Every function takes the client or the transaction it should read with, so a check inside a
 * transaction sees (and locks nothing beyond) what the transaction sees.
 */
type Db = Prisma.TransactionClient;
type Person = AuthState['user'];

/** The organisation a member acts for, as the checks below return it. */
export interface MemberOrganisation {
  kind: string;
  verifiedAt: Date | null;
  name: string;
}

/** True when the user belongs to the organisation (any role). */
export async function isMember(db: Db, userId: string | null | undefined, organisationId: string | null): Promise<boolean> {
  if (!userId || !organisationId) return false;
  return (await db.membership.count({ where: { userId, organisationId } })) > 0;
}

/** The organisation, if the user is a member of it; NOT_ORGANISATION_MEMBER otherwise. */
export async function requireMember(db: Db, userId: string, organisationId: string): Promise<MemberOrganisation> {
  const membership = isUuid(organisationId)
    ? await db.membership.findUnique({
        where: { userId_organisationId: { userId, organisationId } },
        select: { organisation: { select: { kind: true, verifiedAt: true, name: true } } },
      })
    : null;
  if (!membership) throw new NotOrganisationMemberError();
  return membership.organisation;
}

/** As requireMember, and the joint office has verified the organisation (ORGANISATION_NOT_VERIFIED otherwise). */
export async function requireVerifiedMember(db: Db, userId: string, organisationId: string): Promise<MemberOrganisation> {
  const organisation = await requireMember(db, userId, organisationId);
  requireVerified(organisation);
  return organisation;
}

/** ORGANISATION_NOT_VERIFIED unless the joint office has verified the organisation. */
export function requireVerified(organisation: { verifiedAt: Date | null }): void {
  if (!organisation.verifiedAt) throw new OrganisationNotVerifiedError();
}

/** NOT_ORGANISATION_OWNER unless the user is an owner of the organisation. */
export async function requireOwner(db: Db, userId: string, organisationId: string): Promise<void> {
  const membership = isUuid(organisationId) ? await db.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } }) : null;
  if (membership?.role !== 'OWNER') throw new NotOrganisationOwnerError();
}

/** The joint office and administrators see every entry and organisation, including drafts, closed and unverified ones. */
export function seesAll(user: Person | null | undefined): boolean {
  return user?.roles.some((held) => held.role === 'COORDINATOR' || held.role === 'ADMIN') ?? false;
}
