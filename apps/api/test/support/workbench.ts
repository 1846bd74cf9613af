import { addDays, berlinDate, zonedToInstant } from '@wiw/domain';
import type { accountsClient } from './accounts';
import type { TestApp } from './test-app';

type Client = ReturnType<typeof accountsClient>;

export const FORMAT_FIELDS = `id title status capacity durationMinutes mode location meetingLink viewerIsAdvisor advisor { id name } organisation { id } topicField { key }`;
export const BOOKING_FIELDS = `id status agenda startsAt endsAt meetingLink cancellationReason cancellationDeadline viewerCanChange calendarPath
  format { id } organisation { id } advisorContact { name email } bookedBy { name }`;
export const CREATE_FORMAT = `mutation($input: CreateConsultationFormatInput!) { createConsultationFormat(input: $input) { ${FORMAT_FIELDS} } }`;
export const SET_RULES = `mutation($input: AvailabilityRulesInput!) { setAvailabilityRules(input: $input) { id weekday start end } }`;
export const BOOK = `mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { ${BOOKING_FIELDS} } }`;
export const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { ${BOOKING_FIELDS} } }`;
export const RESCHEDULE = `mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { ${BOOKING_FIELDS} } }`;
export const SLOTS = `query($formatId: ID!, $from: Date!, $to: Date!) { bookableSlots(formatId: $formatId, from: $from, to: $to) { startsAt endsAt seatsLeft } }`;

export const codeOf = (reply: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => reply.body.errors?.[0]?.extensions?.code;

export type BookingReply = { id: string; status: string; startsAt: string; endsAt: string; meetingLink: string | null; viewerCanChange: boolean };
/** The booking of a `bookConsultation` answer; throws with the errors when there is none. */
export const booked = (reply: { body: { data?: Record<string, unknown> | null; errors?: unknown } }): BookingReply => {
  if (!reply.body.data) throw new Error(`booking failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data.bookConsultation as BookingReply;
};
export const AGENDA = 'Wir möchten über unsere ERP-Einführung sprechen.';

/** The Berlin calendar day `days` days from today (YYYY-MM-DD). */
export function berlinDay(days: number): string {
  return addDays(berlinDate(), days);
}

/** A Berlin wall-clock time `days` days from today, as an ISO instant. */
export function berlinAt(days: number, time: string): string {
  return zonedToInstant(addDays(berlinDate(), days), time).toISOString();
}

export function formatInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: 'Digitalisierungs-Sprechstunde',
    description: 'Eine Stunde zu Ihren Fragen der Digitalisierung.',
    topicField: 'IT_COMPETENCE',
    durationMinutes: 60,
    mode: 'REMOTE',
    meetingLink: 'https://meet.example.org/werkbank',
    capacity: 1,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeHours: 0,
    bookingHorizonDays: 365,
    cancellationDeadlineHours: 24,
    ...overrides,
  };
}

/**
 * People of the workbench for one test: a new advisor (ADVISOR, member of IHK Siegen) with the
 * given weekly rules, and a new person who belongs to `companies` new verified companies.
 */
export function workbenchScene(t: () => TestApp, client: Client) {
  async function advisor(
    rules: Array<{ weekday: number; start: string; end: string }> = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '08:00',
      end: '18:00',
    })),
  ) {
    const prisma = t().db.database.prisma;
    const person = await client.signedIn();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: person.email } });
    const ihk = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'ihk-siegen' } });
    await prisma.userRole.create({ data: { userId: user.id, role: 'ADVISOR' } });
    await prisma.membership.create({ data: { userId: user.id, organisationId: ihk.id, role: 'MEMBER' } });
    const set = await client.call(SET_RULES, { input: { rules } }, person.cookie);
    if (set.body.errors) throw new Error(JSON.stringify(set.body.errors));
    return { ...person, id: user.id, organisationId: ihk.id };
  }

  async function format(advisorCookie: string, organisationId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const reply = await client.call(CREATE_FORMAT, { input: formatInput(organisationId, overrides) }, advisorCookie);
    if (!reply.body.data) throw new Error(JSON.stringify(reply.body.errors));
    return (reply.body.data.createConsultationFormat as { id: string }).id;
  }

  async function company(companies = 1) {
    const prisma = t().db.database.prisma;
    const person = await client.signedIn();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: person.email }, include: { memberships: true } });
    const own = user.memberships[0]!.organisationId;
    await prisma.organisation.update({ where: { id: own }, data: { verifiedAt: new Date() } });
    const municipalityId = (await prisma.organisation.findUniqueOrThrow({ where: { id: own } })).municipalityId;
    const more = await Promise.all(
      Array.from({ length: companies - 1 }, (_, i) =>
        prisma.organisation.create({
          data: {
            slug: `wb-${user.id}-${i}`,
            name: `Werkbank Test ${i} GmbH`,
            kind: 'COMPANY',
            municipalityId,
            verifiedAt: new Date(),
            sortName: `werkbank test ${i}`,
            searchText: `werkbank test ${i}`,
          },
        }),
      ),
    );
    await prisma.membership.createMany({
      data: more.map((organisation) => ({ userId: user.id, organisationId: organisation.id, role: 'OWNER' as const })),
    });
    return { ...person, id: user.id, organisationIds: [own, ...more.map((organisation) => organisation.id)] };
  }

  /** An advisor (with `rules`) and one format of theirs (with `overrides`), and a company person to book it. */
  async function bookingScene(rules?: Parameters<typeof advisor>[0], overrides: Record<string, unknown> = {}) {
    const a = await advisor(rules);
    const formatId = await format(a.cookie, a.organisationId, overrides);
    return { a, formatId, c: await company() };
  }

  return { advisor, format, company, bookingScene };
}
