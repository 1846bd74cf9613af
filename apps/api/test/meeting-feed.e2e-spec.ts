import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { ANSWER, cityWithOffice, HAND_OVER, INVITE, ok } from './support/meeting-people';
import { CREATE_MEETING, meetingInput, participants, REGISTER, UPDATE_MEETING } from './support/meetings';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

const REGENERATE = `mutation { regenerateCalendarFeed { url } }`;
const HOUR = 3_600_000;

/** A new secret feed URL's path for the signed-in person. */
async function feedPath(cookie: string): Promise<string> {
  return new URL(ok<{ url: string }>(await call(REGENERATE, {}, cookie), 'regenerateCalendarFeed').url).pathname;
}

/** The person's feed, unfolded (RFC 5545 folds lines at 75 octets), as one VEVENT text per meeting id. */
async function feedOf(cookie: string, path?: string): Promise<{ text: string; events: Map<string, string> }> {
  const response = await fetch(`${app().url}${path ?? (await feedPath(cookie))}`);
  expect(response.status).toBe(200);
  const text = (await response.text()).replace(/\r\n[ \t]/g, '');
  const events = new Map<string, string>();
  for (const block of text.split('BEGIN:VEVENT').slice(1)) {
    const id = /UID:meeting-([0-9a-f-]{36})@/.exec(block)?.[1];
    if (id) events.set(id, block);
  }
  return { text, events };
}

describe('meetings in the personal calendar feed', () => {
  it('hold my seats and accepted invitations in Berlin time on both sides of the 2027 clock changes, with SEQUENCE and cancellations', async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const organiser = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } })).id;
    const create = async (startsAt: string, overrides: Record<string, unknown> = {}) => {
      const input = meetingInput(organiser, { startsAt, endsAt: new Date(Date.parse(startsAt) + 2 * HOUR).toISOString(), ...overrides });
      return { ...ok<{ id: string }>(await call(CREATE_MEETING, { input }, office), 'createMeeting'), input };
    };
    const { people } = await participants(app(), 2, 1);
    const [me, other] = people as [(typeof people)[number], (typeof people)[number]];
    const register = async (meetingId: string, who: typeof me) =>
      ok<{ status: string }>(await call(REGISTER, { input: { meetingId, organisationId: who.organisationId } }, who.cookie), 'registerForMeeting');

    // 10:00 in Berlin each: CET before 28 March and after 31 October 2027, CEST between.
    const march25 = await create('2027-03-25T09:00:00Z');
    const march30 = await create('2027-03-30T08:00:00Z');
    const october28 = await create('2027-10-28T08:00:00Z');
    const november2 = await create('2027-11-02T09:00:00Z');
    for (const meeting of [march25, march30, october28, november2]) expect((await register(meeting.id, me)).status).toBe('REGISTERED');
    const full = await create('2027-04-01T08:00:00Z', { capacity: 1 });
    await register(full.id, other);
    expect((await register(full.id, me)).status).toBe('WAITLISTED');

    const mine = await feedOf(me.cookie);
    expect([...mine.events.keys()].sort()).toEqual([march25.id, march30.id, october28.id, november2.id].sort());
    expect(mine.events.get(march25.id)).toContain('DTSTART;TZID=Europe/Berlin:20270325T100000');
    expect(mine.events.get(march30.id)).toContain('DTSTART;TZID=Europe/Berlin:20270330T100000');
    expect(mine.events.get(october28.id)).toContain('DTSTART;TZID=Europe/Berlin:20271028T100000');
    expect(mine.events.get(november2.id)).toContain('DTEND;TZID=Europe/Berlin:20271102T120000');
    expect(mine.text).toContain('BEGIN:VTIMEZONE');
    expect(mine.text).toContain('TZID:Europe/Berlin');
    expect(mine.events.get(march25.id)).toContain('SEQUENCE:0');
    expect(mine.events.get(march25.id)).toContain('https://meet.example.org/denkraum');

    // An edit raises SEQUENCE; a cancelled meeting stays in, cancelled, so calendars remove it.
    const { organiserId: _organiser, ...edit } = march25.input;
    ok(await call(UPDATE_MEETING, { id: march25.id, input: { ...edit, title: 'Denkraum (neuer Titel)' } }, office), 'updateMeeting');
    await prisma.meeting.update({ where: { id: march30.id }, data: { status: 'CANCELLED', sequence: { increment: 1 } } });
    const again = await feedOf(me.cookie);
    expect(again.events.get(march25.id)).toContain('SEQUENCE:1');
    expect(again.events.get(march25.id)).toContain('SUMMARY:Denkraum (neuer Titel)');
    expect(again.events.get(march30.id)).toContain('SEQUENCE:1');
    expect(again.events.get(march30.id)).toContain('STATUS:CANCELLED');
    expect(again.events.get(march25.id)).toContain('STATUS:CONFIRMED');

    // An accepted invitation to an office follows the office to its next holder.
    const city = await cityWithOffice(app(), call, office, 2);
    const invited = await create('2027-05-06T08:00:00Z', { visibility: 'INVITED', registrationOpen: false });
    const [invitation] = ok<Array<{ id: string }>>(
      await call(INVITE, { input: { meetingId: invited.id, officeIds: [city.officeId] } }, office),
      'inviteToMeeting',
    );
    const holderFeed = await feedPath(city.holder.cookie);
    expect((await feedOf(city.holder.cookie, holderFeed)).events.size).toBe(0);
    ok(await call(ANSWER, { input: { invitationId: invitation!.id, answer: 'YES' } }, city.holder.cookie), 'answerMeetingInvitation');
    expect([...(await feedOf(city.holder.cookie, holderFeed)).events.keys()]).toEqual([invited.id]);
    const successor = city.people[1]!;
    ok(await call(HAND_OVER, { officeId: city.officeId, successorUserId: successor.id }, office), 'handOverOffice');
    expect([...(await feedOf(successor.cookie)).events.keys()]).toEqual([invited.id]);
    expect((await feedOf(city.holder.cookie, holderFeed)).events.size).toBe(0);
  });
});
