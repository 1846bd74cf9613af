import type { Meeting, MeetingRegistration, Prisma } from '@wiw/db';
import { seesAll } from '../access';
import type { AuthState } from '../common/graphql/context';

/**
 * Who looks at meetings: the one place that decides what a person sees of them. The joint office
 * (COORDINATOR, ADMIN) sees and edits every meeting; members of the organiser organisation edit
 * theirs; members of a partnership organisation see PARTNERSHIP meetings; everybody sees PUBLIC ones.
 */
export interface MeetingViewer {
  userId: string | null;
  seesAll: boolean;
  organisationIds: readonly string[];
  /** Belongs to at least one member organisation of the partnership. */
  partnership: boolean;
  /** Offices the person holds now (open terms): invitations to them are theirs to answer. */
  officeIds: readonly string[];
}

export const ANONYMOUS: MeetingViewer = { userId: null, seesAll: false, organisationIds: [], partnership: false, officeIds: [] };

/** The viewer from a person and their memberships (with whether each organisation is a partnership member). */
export function viewerFrom(
  user: AuthState['user'],
  memberships: ReadonlyArray<{ organisationId: string; organisation: { isMember: boolean } }>,
  offices: ReadonlyArray<{ officeId: string }>,
): MeetingViewer {
  return {
    userId: user.id,
    seesAll: seesAll(user),
    organisationIds: memberships.map((m) => m.organisationId),
    partnership: memberships.some((m) => m.organisation.isMember),
    officeIds: offices.map((o) => o.officeId),
  };
}

/** The meetings a viewer may see, as a Prisma condition. */
export function visibleWhere(viewer: MeetingViewer): Prisma.MeetingWhereInput {
  if (viewer.seesAll) return {};
  const or: Prisma.MeetingWhereInput[] = [{ visibility: 'PUBLIC' }];
  if (viewer.partnership) or.push({ visibility: 'PARTNERSHIP' });
  if (viewer.organisationIds.length > 0) or.push({ organiserId: { in: [...viewer.organisationIds] } });
  if (viewer.userId) {
    or.push({ registrations: { some: { userId: viewer.userId, status: { not: 'CANCELLED' } } } });
    or.push({ invitations: { some: invitedWhere(viewer) } });
  }
  return { OR: or };
}

/** Invitations that concern the viewer: to an office they hold, to an organisation they belong to, or naming them as deputy. */
export function invitedWhere(viewer: MeetingViewer): Prisma.MeetingInvitationWhereInput {
  return {
    OR: [
      { officeId: { in: [...viewer.officeIds] } },
      { organisationId: { in: [...viewer.organisationIds] } },
      ...(viewer.userId ? [{ deputyId: viewer.userId }] : []),
    ],
  };
}

export function canEdit(viewer: MeetingViewer, meeting: Pick<Meeting, 'organiserId'>): boolean {
  return viewer.seesAll || viewer.organisationIds.includes(meeting.organiserId);
}

/**
 * The online link: for the organisers and the joint office, participants holding a seat (not the
 * waitlist), and invitees who accepted (the current holder of an accepted office, a member of an
 * accepted organisation, a named deputy).
 */
export function canSeeLink(
  viewer: MeetingViewer,
  meeting: Pick<Meeting, 'organiserId'>,
  registration: Pick<MeetingRegistration, 'status'> | null | undefined,
  acceptedInvitation: boolean,
): boolean {
  return canEdit(viewer, meeting) || registration?.status === 'REGISTERED' || acceptedInvitation;
}
