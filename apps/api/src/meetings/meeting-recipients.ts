import type { Locale, MeetingRegistrationStatus, Prisma } from '@wiw/db';

type Db = Prisma.TransactionClient;

/** A person a meeting mail goes to; `invitee` names the invited office or organisation, `code` the registration code. */
export interface MailRecipient {
  id: string;
  email: string;
  locale: Locale;
  invitee?: string;
  code?: string;
}

const PERSON = { id: true, email: true, locale: true, deletedAt: true } as const;
type Person = { id: string; email: string; locale: Locale; deletedAt: Date | null };

const alive = (person: Person | null | undefined): person is Person => !!person && !person.deletedAt;
const recipient = ({ id, email, locale }: Person, extra: Partial<MailRecipient> = {}): MailRecipient => ({ id, email, locale, ...extra });

/**
 * Who an invitation reaches: whoever holds the invited office now (an office is answered for by
 * its holder), or the owners of the invited organisation. Deleted accounts get nothing.
 */
export async function invitationRecipients(tx: Db, invitationIds: readonly string[]): Promise<MailRecipient[]> {
  const invitations = await tx.meetingInvitation.findMany({
    where: { id: { in: [...invitationIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      office: { select: { titleDe: true, titleEn: true, terms: { where: { endedAt: null }, select: { user: { select: PERSON } } } } },
      organisation: { select: { name: true, memberships: { where: { role: 'OWNER' }, select: { user: { select: PERSON } } } } },
    },
  });
  return invitations.flatMap(({ office, organisation }) => {
    if (office) {
      return office.terms
        .map((term) => term.user)
        .filter(alive)
        .map((person) => recipient(person, { invitee: person.locale === 'en' ? office.titleEn : office.titleDe }));
    }
    return (organisation?.memberships ?? [])
      .map((membership) => membership.user)
      .filter(alive)
      .map((person) => recipient(person, { invitee: organisation!.name }));
  });
}

/**
 * The invitees who accepted (of the invitations `where` selects): the current holder of an office that said YES, the member who said
 * YES for an organisation (while still a member), and named deputies.
 */
export async function acceptedInvitees(tx: Db, where: Prisma.MeetingInvitationWhereInput): Promise<MailRecipient[]> {
  const invitations = await tx.meetingInvitation.findMany({
    where: { AND: [where, { answer: { in: ['YES', 'DEPUTY'] } }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      answer: true,
      organisationId: true,
      office: { select: { terms: { where: { endedAt: null }, select: { user: { select: PERSON } } } } },
      answeredBy: { select: { ...PERSON, memberships: { select: { organisationId: true } } } },
      deputy: { select: PERSON },
    },
  });
  return invitations.flatMap((invitation) => {
    if (invitation.answer === 'DEPUTY') return alive(invitation.deputy) ? [recipient(invitation.deputy)] : [];
    if (invitation.office)
      return invitation.office.terms
        .map((term) => term.user)
        .filter(alive)
        .map((person) => recipient(person));
    const answerer = invitation.answeredBy;
    const stillMember = answerer?.memberships.some((m) => m.organisationId === invitation.organisationId);
    return alive(answerer) && stillMember ? [recipient(answerer)] : [];
  });
}

/** People with a registration of the given statuses (all of the meeting's, or only `ids`), in order of arrival, with their codes. */
export async function registeredPeople(
  tx: Db,
  meetingId: string,
  ids: readonly string[] | null,
  statuses: readonly MeetingRegistrationStatus[] = ['REGISTERED'],
): Promise<MailRecipient[]> {
  const rows = await tx.meetingRegistration.findMany({
    where: { meetingId, status: { in: [...statuses] }, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: { arrivalNumber: 'asc' },
    select: { code: true, user: { select: PERSON } },
  });
  return rows.filter((row) => alive(row.user)).map((row) => recipient(row.user, { code: row.code }));
}
