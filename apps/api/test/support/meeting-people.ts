import type { TestApp } from './test-app';
import { participants } from './meetings';

export const INVITE = `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id officeTitle organisation { id } } }`;
export const ANSWER = `mutation($input: AnswerMeetingInvitationInput!) { answerMeetingInvitation(input: $input) { id answer } }`;
const CREATE_OFFICE = `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`;
export const HAND_OVER = `mutation($officeId: ID!, $successorUserId: ID!) { handOverOffice(officeId: $officeId, successorUserId: $successorUserId) { id } }`;

type Reply = { body: { data?: Record<string, unknown> | null; errors?: unknown } };
type Call = (query: string, variables?: Record<string, unknown>, cookie?: string, language?: string) => Promise<Reply>;

/** The field of a successful reply; throws with the errors otherwise. */
export function ok<T>(reply: Reply, field: string): T {
  if (!reply.body.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data[field] as T;
}

/**
 * A city with an office ("Bürgermeisterin …" / "Mayor of …") held by its first person (who reads
 * English when `holderLocale` is en) through the joint office's handover, and `people` members.
 */
export async function cityWithOffice(t: TestApp, call: Call, office: string, people = 2, holderLocale: 'de' | 'en' = 'de') {
  const city = await participants(t, people, 1);
  const holder = city.people[0]!;
  await t.db.database.prisma.user.update({ where: { id: holder.id }, data: { locale: holderLocale } });
  const { id: officeId } = ok<{ id: string }>(
    await call(
      CREATE_OFFICE,
      {
        input: {
          organisationId: city.organisationIds[0],
          titleDe: `Bürgermeisterin ${holder.id.slice(0, 6)}`,
          titleEn: `Mayor ${holder.id.slice(0, 6)}`,
        },
      },
      office,
    ),
    'createOffice',
  );
  ok(await call(HAND_OVER, { officeId, successorUserId: holder.id }, office), 'handOverOffice');
  return { ...city, officeId, holder };
}

/** Makes a person an OWNER of their organisation (fixture: the memberships feature has its own tests). */
export async function makeOwner(t: TestApp, person: { id: string; organisationId: string }): Promise<void> {
  await t.db.database.prisma.membership.update({
    where: { userId_organisationId: { userId: person.id, organisationId: person.organisationId } },
    data: { role: 'OWNER' },
  });
}

/** The meeting mails in the outbox to these addresses, in the order of `recipients` (each one's oldest first), with the .ics text. */
export async function meetingMails(t: TestApp, recipients: readonly string[], template?: string) {
  const rows = await t.db.database.prisma.outboxMessage.findMany({
    where: { recipient: { in: [...recipients] }, template: template ?? { startsWith: 'meeting-' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  // The order of one event's mails is the order of its recipients in the database: sorted here as named.
  const rank = (recipient: string) => recipients.indexOf(recipient);
  rows.sort((a, b) => rank(a.recipient) - rank(b.recipient) || a.createdAt.getTime() - b.createdAt.getTime());
  return rows.map((row) => {
    const [file] = row.attachments as Array<{ filename: string; contentType: string; content: string }>;
    return { template: row.template, recipient: row.recipient, locale: row.locale, payload: row.payload as Record<string, string>, file: file! };
  });
}
