import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import {
  CANCEL_REGISTRATION,
  CREATE_MEETING,
  MEETING,
  MY_REGISTRATIONS,
  REGISTER,
  UPDATE_MEETING,
  meetingInput,
  participants,
} from './support/meetings';
import { codeOf } from './support/workbench';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

const CANCEL_MEETING = `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id status sequence cancelledAt cancelReason } }`;
const PUBLIC_PAGE = `query($id: ID!) { meeting(id: $id) { status cancelledAt cancelReason } }`;
const INVITE = `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`;

type Reply = Awaited<ReturnType<typeof call>>;
const data = <T>(reply: Reply, field: string): T => {
  const value = reply.body.data?.[field];
  if (!value) throw new Error(`${field} failed: ${JSON.stringify(reply.body.errors)}`);
  return value as T;
};

/** An organiser (member of a new company) with a meeting of two seats, and three people registered: two seats and one on the waitlist. */
async function meetingWithParticipants() {
  const { people, organisationIds } = await participants(app(), 1);
  const organiser = people[0]!;
  const meeting = data<{ id: string; sequence: number }>(
    await call(CREATE_MEETING, { input: meetingInput(organisationIds[0]!, { capacity: 2 }) }, organiser.cookie),
    'createMeeting',
  );
  const guests = (await participants(app(), 3, 3)).people;
  const registrations = [];
  for (const guest of guests) {
    registrations.push(
      data<{ id: string; status: string }>(
        await call(REGISTER, { input: { meetingId: meeting.id, organisationId: guest.organisationId } }, guest.cookie),
        'registerForMeeting',
      ),
    );
  }
  return { organiser, meeting, organiserId: organisationIds[0]!, guests, registrations };
}

describe('cancelling a meeting', () => {
  it('marks it cancelled with its reason, keeps registrations readable, freezes the waitlist, and the calendar shows CANCELLED with a raised SEQUENCE', async () => {
    const { organiser, meeting, guests, registrations } = await meetingWithParticipants();
    expect(registrations.map((r) => r.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED']);

    const cancelled = data<{ status: string; sequence: number; cancelledAt: string; cancelReason: string }>(
      await call(CANCEL_MEETING, { input: { id: meeting.id, reason: '  Der Saal ist nicht verfügbar.  ' } }, organiser.cookie),
      'cancelMeeting',
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: meeting.sequence + 1, cancelReason: 'Der Saal ist nicht verfügbar.' });
    expect(Date.parse(cancelled.cancelledAt)).toBeGreaterThan(Date.now() - 60_000);

    // Anyone who sees the (public) meeting reads that it was cancelled and why.
    const visitor = data<{ status: string; cancelReason: string }>(await call(PUBLIC_PAGE, { id: meeting.id }), 'meeting');
    expect(visitor).toMatchObject({ status: 'CANCELLED', cancelReason: 'Der Saal ist nicht verfügbar.' });

    // Participants still read their registration; cancelling a seat no longer moves the waitlist up.
    const mine = data<Array<{ id: string; status: string }>>(await call(MY_REGISTRATIONS, {}, guests[0]!.cookie), 'myMeetingRegistrations');
    expect(mine).toEqual([expect.objectContaining({ id: registrations[0]!.id, status: 'REGISTERED' })]);
    data(await call(CANCEL_REGISTRATION, { id: registrations[0]!.id }, guests[0]!.cookie), 'cancelMeetingRegistration');
    const waiting = data<{ viewerRegistration: { status: string } }>(await call(MEETING, { id: meeting.id }, guests[2]!.cookie), 'meeting');
    expect(waiting.viewerRegistration.status).toBe('WAITLISTED');

    // Nobody registers any more.
    const late = (await participants(app(), 1)).people[0]!;
    expect(codeOf(await call(REGISTER, { input: { meetingId: meeting.id, organisationId: late.organisationId } }, late.cookie))).toBe(
      'MEETING_REGISTRATION_CLOSED',
    );

    const ics = await (await fetch(`${app().url}/meetings/${meeting.id}/calendar.ics`)).text();
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`SEQUENCE:${meeting.sequence + 1}`);

    const audit = await app().db.database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: meeting.id, action: 'meeting.cancelled' } });
    expect(audit.changes).toMatchObject({
      status: { from: 'SCHEDULED', to: 'CANCELLED' },
      reason: 'Der Saal ist nicht verfügbar.',
      registrations: 3,
      invitations: 0,
    });
  });

  it('is for organiser members and the joint office only; a cancelled meeting is no longer changed (German and English)', async () => {
    const { organiser, meeting, organiserId } = await meetingWithParticipants();
    const reason = { id: meeting.id, reason: 'Fällt aus.' };
    const stranger = (await participants(app(), 1)).people[0]!;
    expect(codeOf(await call(CANCEL_MEETING, { input: reason }, stranger.cookie))).toBe('MEETING_NOT_FOUND');
    expect(codeOf(await call(CANCEL_MEETING, { input: reason }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await call(CANCEL_MEETING, { input: { id: meeting.id, reason: 'x' } }, organiser.cookie))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(CANCEL_MEETING, { input: { id: 'kein-termin', reason: 'Fällt aus.' } }, organiser.cookie))).toBe('BAD_USER_INPUT');

    data(await call(CANCEL_MEETING, { input: reason }, await coordinator()), 'cancelMeeting');

    const again = await call(CANCEL_MEETING, { input: reason }, organiser.cookie);
    expect(codeOf(again)).toBe('MEETING_CANCELLED');
    expect(again.body.errors![0]!.message).toBe('Dieser Termin ist abgesagt und kann nicht mehr geändert werden.');
    const english = await call(CANCEL_MEETING, { input: reason }, organiser.cookie, 'en');
    expect(english.body.errors![0]!.message).toBe('This meeting has been cancelled and can no longer be changed.');

    const input = meetingInput(organiserId) as Record<string, unknown>;
    delete input.organiserId;
    expect(codeOf(await call(UPDATE_MEETING, { id: meeting.id, input }, organiser.cookie))).toBe('MEETING_CANCELLED');
    expect(codeOf(await call(INVITE, { input: { meetingId: meeting.id, organisationIds: [organiserId] } }, organiser.cookie))).toBe(
      'MEETING_CANCELLED',
    );
    // A stranger still learns nothing about the meeting beyond what its page shows.
    expect(codeOf(await call(CANCEL_MEETING, { input: reason }, stranger.cookie))).toBe('MEETING_NOT_FOUND');
  });
});

describe('offices to invite', () => {
  const OFFICES = `{ invitableOffices { id title organisationName } }`;
  const CREATE_OFFICE = `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`;
  const INVITATIONS = `query($id: ID!) { meeting(id: $id) { invitations { officeTitle answer organisation { id } } } }`;

  it("lists the member organisations' offices by title in the caller's language, without holders, and the organiser invites them", async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const city = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } });
    const company = (await participants(app(), 1)).organisationIds[0]!;
    const mayor = data<{ id: string }>(
      await call(CREATE_OFFICE, { input: { organisationId: city.id, titleDe: 'Bürgermeisterin Prüfstadt', titleEn: 'Mayor of Prüfstadt' } }, office),
      'createOffice',
    );
    const companyOffice = data<{ id: string }>(
      await call(CREATE_OFFICE, { input: { organisationId: company, titleDe: 'Geschäftsführung Prüf GmbH', titleEn: 'Managing director' } }, office),
      'createOffice',
    );

    const { people, organisationIds } = await participants(app(), 1);
    const german = data<Array<{ id: string; title: string; organisationName: string }>>(
      await call(OFFICES, {}, people[0]!.cookie),
      'invitableOffices',
    );
    expect(german).toContainEqual({ id: mayor.id, title: 'Bürgermeisterin Prüfstadt', organisationName: city.name });
    // Only offices of partnership members (a company's is not one to invite), sorted by title.
    expect(german.map((o) => o.id)).not.toContain(companyOffice.id);
    expect(german.map((o) => o.title)).toEqual([...german.map((o) => o.title)].sort((a, b) => a.localeCompare(b, 'de')));
    const english = data<Array<{ id: string; title: string }>>(await call(OFFICES, {}, people[0]!.cookie, 'en'), 'invitableOffices');
    expect(english).toContainEqual(expect.objectContaining({ id: mayor.id, title: 'Mayor of Prüfstadt' }));
    expect(codeOf(await call(OFFICES))).toBe('UNAUTHENTICATED');

    // The organiser (a company member) invites the office; the answers show on the meeting, for organisers only.
    const meeting = data<{ id: string }>(
      await call(CREATE_MEETING, { input: meetingInput(organisationIds[0]!) }, people[0]!.cookie),
      'createMeeting',
    );
    data(await call(INVITE, { input: { meetingId: meeting.id, officeIds: [mayor.id] } }, people[0]!.cookie), 'inviteToMeeting');
    const seen = data<{ invitations: unknown[] }>(await call(INVITATIONS, { id: meeting.id }, people[0]!.cookie), 'meeting');
    expect(seen.invitations).toEqual([{ officeTitle: 'Bürgermeisterin Prüfstadt', answer: 'OPEN', organisation: { id: city.id } }]);
    const stranger = (await participants(app(), 1)).people[0]!;
    expect(data<{ invitations: unknown[] }>(await call(INVITATIONS, { id: meeting.id }, stranger.cookie), 'meeting').invitations).toEqual([]);
  });
});

describe("the organisers' view of registrations and attendance", () => {
  const PARTICIPANTS = `query($id: ID!) { meetingParticipants(meetingId: $id) { id status arrivalNumber waitlistPosition code personName organisationName attendance } }`;
  const MARK = `mutation($input: MarkMeetingAttendanceInput!) { markMeetingAttendance(input: $input) { id attendance } }`;
  const CHECK_IN = `mutation($input: CheckInToMeetingInput!) { checkInToMeeting(input: $input) { id personName attendance } }`;
  interface Participant {
    id: string;
    status: string;
    waitlistPosition: number | null;
    code: string;
    personName: string;
    attendance: string | null;
  }

  it('lists seats, then the waitlist in order, then withdrawn ones; marks attendance and checks in by code, for organisers only', async () => {
    const { organiser, meeting, guests, registrations } = await meetingWithParticipants();
    const late = (await participants(app(), 1)).people[0]!;
    const fourth = data<{ id: string }>(
      await call(REGISTER, { input: { meetingId: meeting.id, organisationId: late.organisationId } }, late.cookie),
      'registerForMeeting',
    );
    // The second seat is withdrawn: the first on the waitlist moves up, the late one is first on the waitlist.
    data(await call(CANCEL_REGISTRATION, { id: registrations[1]!.id }, guests[1]!.cookie), 'cancelMeetingRegistration');

    const list = data<Participant[]>(await call(PARTICIPANTS, { id: meeting.id }, organiser.cookie), 'meetingParticipants');
    expect(list.map((p) => [p.id, p.status, p.waitlistPosition])).toEqual([
      [registrations[0]!.id, 'REGISTERED', null],
      [registrations[2]!.id, 'REGISTERED', null],
      [fourth.id, 'WAITLISTED', 1],
      [registrations[1]!.id, 'CANCELLED', null],
    ]);
    expect(list[0]!.personName).toBe('Teilnehmerin 0');

    // Nobody else sees the list or marks anyone; the joint office does.
    const stranger = (await participants(app(), 1)).people[0]!;
    expect(codeOf(await call(PARTICIPANTS, { id: meeting.id }, guests[0]!.cookie))).toBe('MEETING_NOT_FOUND');
    expect(codeOf(await call(MARK, { input: { registrationId: list[0]!.id, attendance: 'PRESENT' } }, stranger.cookie))).toBe('MEETING_NOT_FOUND');
    expect(data<Participant[]>(await call(PARTICIPANTS, { id: meeting.id }, await coordinator()), 'meetingParticipants')).toHaveLength(4);

    expect(
      data<Participant>(
        await call(MARK, { input: { registrationId: list[0]!.id, attendance: 'ABSENT' } }, organiser.cookie),
        'markMeetingAttendance',
      ),
    ).toMatchObject({
      attendance: 'ABSENT',
    });
    const checkedIn = data<Participant>(
      await call(
        CHECK_IN,
        { input: { meetingId: meeting.id, code: ` ${list[1]!.code.toLowerCase().slice(0, 4)} ${list[1]!.code.slice(4)} ` } },
        organiser.cookie,
      ),
      'checkInToMeeting',
    );
    expect(checkedIn).toMatchObject({ id: list[1]!.id, attendance: 'PRESENT' });

    // The waitlist and withdrawn registrations cannot attend; unknown codes are not found.
    const waitlisted = await call(CHECK_IN, { input: { meetingId: meeting.id, code: list[2]!.code } }, organiser.cookie, 'en');
    expect(waitlisted.body.errors![0]!.extensions).toMatchObject({ code: 'MEETING_INVALID', problem: 'NOT_REGISTERED' });
    expect(waitlisted.body.errors![0]!.message).toBe('Only registrations holding a seat can attend (not waitlisted or withdrawn).');
    expect(codeOf(await call(MARK, { input: { registrationId: list[3]!.id, attendance: 'PRESENT' } }, organiser.cookie))).toBe('MEETING_INVALID');
    expect(codeOf(await call(CHECK_IN, { input: { meetingId: meeting.id, code: 'ZZZZ2222' } }, organiser.cookie))).toBe(
      'MEETING_REGISTRATION_NOT_FOUND',
    );

    const audit = await app().db.database.prisma.auditEvent.findMany({
      where: { action: { in: ['meeting-registration.marked', 'meeting-registration.checked-in'] }, entityId: { in: [list[0]!.id, list[1]!.id] } },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((event) => event.action)).toEqual(['meeting-registration.marked', 'meeting-registration.checked-in']);
  });
});
