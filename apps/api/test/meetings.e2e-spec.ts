import ICAL from 'ical.js';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import {
  CANCEL_REGISTRATION,
  CREATE_MEETING,
  MEETING,
  MEETINGS,
  MEETINGS_PAGE,
  MY_REGISTRATIONS,
  REGISTER,
  UPDATE_MEETING,
  joinOrganisation,
  meetingInput,
  participants,
} from './support/meetings';
import { everyPage, type Page } from './support/paging';
import { codeOf } from './support/workbench';
import { seedDemoMeetings } from '../src/meetings';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

interface MeetingAnswer {
  id: string;
  title: string;
  sequence: number;
  format: string;
  place: string | null;
  registrationDeadline: string | null;
  agenda: Array<{ title: string }>;
}
interface RegistrationAnswer {
  id: string;
  status: string;
  arrivalNumber: number;
  waitlistPosition: number | null;
  code: string;
  promotedAt: string | null;
  meeting: { id: string; onlineLink: string | null };
}
interface Answers {
  createMeeting: MeetingAnswer;
  updateMeeting: MeetingAnswer;
  meetings: { edges: Array<{ node: { id: string; onlineLink: string | null } }> };
  registerForMeeting: RegistrationAnswer;
  cancelMeetingRegistration: RegistrationAnswer;
  myMeetingRegistrations: RegistrationAnswer[];
}
type Person = Awaited<ReturnType<typeof participants>>['people'][number];
const data = <K extends keyof Answers>(reply: { body: { data?: Record<string, unknown> | null; errors?: unknown } }, field: K): Answers[K] => {
  if (!reply.body.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data[field] as Answers[K];
};

/** An organiser (member of a new company) and a meeting of theirs. */
async function organised(overrides: Record<string, unknown> = {}) {
  const { people, organisationIds } = await participants(app(), 1);
  const organiser = people[0]!;
  const meeting = data(await call(CREATE_MEETING, { input: meetingInput(organisationIds[0]!, overrides) }, organiser.cookie), 'createMeeting');
  return { organiser, meeting, organiserId: organisationIds[0]! };
}

describe('creating and editing meetings', () => {
  it('lets the organiser create a meeting with an ordered agenda and edit it, raising the calendar sequence', async () => {
    const prisma = app().db.database.prisma;
    const ihk = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'ihk-siegen' } });
    const olpe = await prisma.municipality.findFirstOrThrow({ where: { name: 'Olpe' } });
    const agenda = [
      { title: 'Begrüßung', durationMinutes: 10, responsibleOrganisationId: ihk.id },
      { title: 'Fachkräfte in Südwestfalen', durationMinutes: 60, description: 'Bericht' },
      { title: 'Verabredungen', durationMinutes: 20 },
    ];
    const { organiser, meeting, organiserId } = await organised({
      agenda,
      format: 'HYBRID',
      place: 'Kreishaus Olpe, Sitzungssaal',
      municipalityId: olpe.id,
    });
    expect(meeting).toMatchObject({
      format: 'HYBRID',
      place: 'Kreishaus Olpe, Sitzungssaal',
      municipality: { name: 'Olpe' },
      organiser: { id: organiserId },
      sequence: 0,
      viewerCanEdit: true,
      onlineLink: 'https://meet.example.org/denkraum',
      agenda: [
        { position: 1, title: 'Begrüßung', durationMinutes: 10, responsibleOrganisation: { id: ihk.id } },
        { position: 2, title: 'Fachkräfte in Südwestfalen', durationMinutes: 60, responsibleOrganisation: null },
        { position: 3, title: 'Verabredungen', durationMinutes: 20, responsibleOrganisation: null },
      ],
    });
    const input = { ...meetingInput(organiserId, { agenda: [agenda[2], agenda[0]] }), organiserId: undefined };
    delete input.organiserId;
    const updated = data(await call(UPDATE_MEETING, { id: meeting.id, input }, organiser.cookie), 'updateMeeting');
    expect(updated.sequence).toBe(1);
    expect(updated.agenda.map((item) => item.title)).toEqual(['Verabredungen', 'Begrüßung']);
    expect(updated.format).toBe('ONLINE');
    expect(updated.place).toBeNull();

    // Another company's member may not edit it; the joint office may.
    const stranger = (await participants(app(), 1)).people[0]!;
    expect(codeOf(await call(UPDATE_MEETING, { id: meeting.id, input }, stranger.cookie))).toBe('MEETING_NOT_FOUND');
    const office = data(
      await call(UPDATE_MEETING, { id: meeting.id, input: { ...input, title: 'Denkraum KI' } }, await coordinator()),
      'updateMeeting',
    );
    expect(office).toMatchObject({ title: 'Denkraum KI', sequence: 2, viewerCanEdit: true });
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: meeting.id },
      orderBy: [{ occurredAt: 'asc' }, { seq: 'asc' }],
      omit: { seq: true },
    });
    expect(audit.map((event) => event.action)).toEqual(['meeting.created', 'meeting.updated', 'meeting.updated']);
    expect(JSON.stringify(audit)).not.toContain('meet.example.org');
  });

  it('refuses meetings whose details do not fit, with a problem code in both languages', async () => {
    const { people, organisationIds } = await participants(app(), 1);
    const [person] = people;
    const create = (overrides: Record<string, unknown>, language = 'de') =>
      call(CREATE_MEETING, { input: meetingInput(organisationIds[0]!, overrides) }, person!.cookie, language);
    const start = meetingInput('x').startsAt;
    const ends = await create({ endsAt: start }, 'en');
    expect(codeOf(ends)).toBe('MEETING_INVALID');
    expect(ends.body.errors![0]!.extensions!.problem).toBe('ENDS_BEFORE_START');
    expect(ends.body.errors![0]!.message).toBe('The end must be after the start.');
    expect((await create({ format: 'IN_PERSON', onlineLink: null })).body.errors![0]!.extensions!.problem).toBe('PLACE_MISSING');
    expect((await create({ onlineLink: null })).body.errors![0]!.message).toBe('Online und hybrid brauchen einen Besprechungslink (https://…).');
    expect((await create({ agenda: [{ title: 'Zu lang', durationMinutes: 180 }] })).body.errors![0]!.extensions!.problem).toBe('AGENDA_TOO_LONG');
    expect((await create({ registrationDeadline: new Date(Date.parse(start) + 60_000).toISOString() })).body.errors![0]!.extensions!.problem).toBe(
      'DEADLINE_AFTER_START',
    );
    // An instant without an offset is no instant.
    expect(codeOf(await create({ startsAt: '2027-03-28T02:30:00' }))).toBe('BAD_USER_INPUT');
    // Only for an organisation I belong to.
    const other = (await participants(app(), 1)).organisationIds[0]!;
    expect(codeOf(await call(CREATE_MEETING, { input: meetingInput(other) }, person!.cookie))).toBe('NOT_ORGANISATION_MEMBER');
    expect(codeOf(await call(CREATE_MEETING, { input: meetingInput(other) }))).toBe('UNAUTHENTICATED');
  });
});

describe('who sees a meeting', () => {
  it('shows PUBLIC to everyone, PARTNERSHIP to members of partnership organisations, INVITED to the organisers and the joint office', async () => {
    const { meeting: pub } = await organised({ visibility: 'PUBLIC', title: 'Öffentlicher Abend' });
    const { meeting: partnership } = await organised({ visibility: 'PARTNERSHIP', title: 'Lenkungsrunde', kind: 'STEERING_ROUND' });
    const { meeting: invited, organiser } = await organised({ visibility: 'INVITED', title: 'Bürgermeistertreffen', kind: 'MAYORS_MEETING' });
    const company = (await participants(app(), 1)).people[0]!;
    const member = (await participants(app(), 1)).people[0]!;
    await joinOrganisation(app(), member.id, 'ihk-siegen');
    const office = await coordinator();
    const seen = async (cookie?: string) => {
      const ids = new Set<string>();
      for (const id of [pub.id, partnership.id, invited.id]) if ((await call(MEETING, { id }, cookie)).body.data?.meeting) ids.add(id);
      const list = data(await call(MEETINGS, { first: 100 }, cookie), 'meetings').edges.map((edge) => edge.node.id);
      // The list and the single query apply the same rule.
      expect(list.filter((id) => [pub.id, partnership.id, invited.id].includes(id)).sort()).toEqual([...ids].sort());
      return ids;
    };
    expect(await seen()).toEqual(new Set([pub.id]));
    expect(await seen(company.cookie)).toEqual(new Set([pub.id]));
    expect(await seen(member.cookie)).toEqual(new Set([pub.id, partnership.id]));
    expect(await seen(organiser.cookie)).toEqual(new Set([pub.id, invited.id]));
    expect(await seen(office)).toEqual(new Set([pub.id, partnership.id, invited.id]));
    expect(codeOf(await call(MEETING, { id: invited.id }, company.cookie))).toBe('MEETING_NOT_FOUND');
    expect(codeOf(await call(MEETING, { id: 'nicht-da' }))).toBe('MEETING_NOT_FOUND');
  });

  it('filters the calendar by topic field, kind and region', async () => {
    const prisma = app().db.database.prisma;
    const siegen = await prisma.municipality.findFirstOrThrow({ where: { name: 'Siegen' } });
    const { meeting } = await organised({
      kind: 'INITIATIVE_MEETUP',
      topicFields: ['RECOVERY', 'NETWORKING'],
      format: 'IN_PERSON',
      onlineLink: null,
      place: 'Lokschuppen Siegen',
      municipalityId: siegen.id,
    });
    const ids = async (filter: Record<string, unknown>) =>
      data(await call(MEETINGS, { filter, first: 100 }), 'meetings').edges.map((edge) => edge.node.id);
    expect(await ids({ topicField: 'RECOVERY', kind: 'INITIATIVE_MEETUP', region: 'SIEGEN_WITTGENSTEIN' })).toContain(meeting.id);
    expect(await ids({ topicField: 'SKILLED_WORKERS' })).not.toContain(meeting.id);
    expect(await ids({ kind: 'PUBLIC_EVENT' })).not.toContain(meeting.id);
    expect(await ids({ region: 'DORTMUND' })).not.toContain(meeting.id);
    // From/to: a window after the meeting misses it.
    expect(await ids({ from: new Date(Date.now() + 60 * 24 * 3_600_000).toISOString() })).not.toContain(meeting.id);
  });
});

describe('the calendar in pages', () => {
  it('pages soonest first, equal starts by id, without gaps or repeats, and refuses a forged cursor', async () => {
    const { people, organisationIds } = await participants(app(), 1);
    const startsAt = (date: string) => `${date}T09:00:00.000Z`;
    const expected: Array<{ id: string; startsAt: string }> = [];
    for (const date of ['2031-03-05', '2031-03-04', '2031-03-04', '2031-03-04', '2031-03-03']) {
      const input = meetingInput(organisationIds[0]!, { startsAt: startsAt(date), endsAt: `${date}T11:00:00.000Z` });
      expected.push({ id: data(await call(CREATE_MEETING, { input }, people[0]!.cookie), 'createMeeting').id, startsAt: startsAt(date) });
    }
    expected.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || (a.id < b.id ? -1 : 1));
    const filter = { from: '2031-03-01T00:00:00.000Z', to: '2031-03-10T00:00:00.000Z' };
    const page = async (after: string | null) =>
      (await call(MEETINGS_PAGE, { filter, first: 2, after })).body.data!.meetings as Page<{ id: string; startsAt: string }>;
    expect(await everyPage(page, 5)).toEqual(expected);
    expect(codeOf(await call(MEETINGS_PAGE, { filter, first: 2, after: 'kein-cursor' }))).toBe('BAD_USER_INPUT');
  });
});

describe('the online link', () => {
  it('reaches organisers and seated participants only, on every query path', async () => {
    const { meeting, organiser } = await organised({ capacity: 1, visibility: 'PUBLIC' });
    const { people } = await participants(app(), 3);
    const [seated, waiting, stranger] = people as [Person, Person, Person];
    const seat = data(
      await call(REGISTER, { input: { meetingId: meeting.id, organisationId: seated.organisationId } }, seated.cookie),
      'registerForMeeting',
    );
    const wait = data(
      await call(REGISTER, { input: { meetingId: meeting.id, organisationId: waiting.organisationId } }, waiting.cookie),
      'registerForMeeting',
    );
    expect(seat).toMatchObject({ status: 'REGISTERED', meeting: { onlineLink: 'https://meet.example.org/denkraum' } });
    expect(wait).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1, meeting: { onlineLink: null } });

    const LINK = 'https://meet.example.org/denkraum';
    const linkVia = async (cookie?: string) => {
      const single =
        ((await call(MEETING, { id: meeting.id }, cookie)).body.data?.meeting as { onlineLink: string | null } | undefined)?.onlineLink ?? null;
      const listed =
        data(await call(MEETINGS, { first: 100 }, cookie), 'meetings').edges.find((edge) => edge.node.id === meeting.id)?.node.onlineLink ?? null;
      const mine = cookie ? data(await call(MY_REGISTRATIONS, {}, cookie), 'myMeetingRegistrations') : ([] as RegistrationAnswer[]);
      const viaRegistration = mine.find((r) => r.meeting.id === meeting.id)?.meeting.onlineLink ?? null;
      return [single, listed, viaRegistration];
    };
    expect(await linkVia()).toEqual([null, null, null]);
    expect(await linkVia(stranger.cookie)).toEqual([null, null, null]);
    expect(await linkVia(waiting.cookie)).toEqual([null, null, null]);
    expect(await linkVia(seated.cookie)).toEqual([LINK, LINK, LINK]);
    expect((await linkVia(organiser.cookie)).slice(0, 2)).toEqual([LINK, LINK]);
    // The raw text of every answer to an outsider: the link appears nowhere.
    for (const query of [MEETING, MEETINGS]) {
      const reply = await call(query, { id: meeting.id, first: 100 }, stranger.cookie);
      expect(JSON.stringify(reply.body)).not.toContain('meet.example.org');
    }
    // Cancelling moves the waiting person up: now they see it, the one who cancelled no longer does.
    const cancelled = data(await call(CANCEL_REGISTRATION, { id: seat.id }, seated.cookie), 'cancelMeetingRegistration');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', meeting: { onlineLink: null } });
    expect(await linkVia(waiting.cookie)).toEqual([LINK, LINK, LINK]);
    expect((await linkVia(seated.cookie))[0]).toBeNull();
  });
});

describe('registration', () => {
  it('gives a code, keeps one registration per person, and refuses closed, full and capped meetings with their codes', async () => {
    const { meeting } = await organised({ capacity: 2, waitlistEnabled: false, perOrganisationCap: 2 });
    const { people } = await participants(app(), 4, 1);
    const register = (p: Person, language = 'de') =>
      call(REGISTER, { input: { meetingId: meeting.id, organisationId: p.organisationId } }, p.cookie, language);
    const first = data(await register(people[0]!), 'registerForMeeting');
    expect(first).toMatchObject({ status: 'REGISTERED', arrivalNumber: 1, waitlistPosition: null });
    expect(first.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(codeOf(await register(people[0]!))).toBe('MEETING_ALREADY_REGISTERED');
    expect(data(await register(people[1]!), 'registerForMeeting').arrivalNumber).toBe(2);
    // Two of one organisation: the cap speaks before the capacity.
    const capped = await register(people[2]!, 'en');
    expect(codeOf(capped)).toBe('MEETING_ORGANISATION_CAP_REACHED');
    expect(capped.body.errors![0]!.message).toBe('At most 2 registrations per organisation.');

    const other = (await participants(app(), 1)).people[0]!;
    const full = await register(other);
    expect(codeOf(full)).toBe('MEETING_FULL');
    expect(full.body.errors![0]!.message).toBe('Alle 2 Plätze sind vergeben.');
    expect((await register(other, 'en')).body.errors![0]!.message).toBe('All 2 seats are taken.');
    expect(codeOf(await call(REGISTER, { input: { meetingId: meeting.id, organisationId: people[0]!.organisationId } }, other.cookie))).toBe(
      'NOT_ORGANISATION_MEMBER',
    );
    expect(codeOf(await call(REGISTER, { input: { meetingId: meeting.id, organisationId: other.organisationId } }))).toBe('UNAUTHENTICATED');
  });

  it('closes at the deadline and when registration is not open', async () => {
    const start = new Date(Date.now() + 3 * 24 * 3_600_000);
    const { meeting: late } = await organised({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      registrationDeadline: new Date(Date.now() - 60_000).toISOString(),
    });
    const { meeting: closed } = await organised({ registrationOpen: false });
    const p = (await participants(app(), 1)).people[0]!;
    const de = await call(REGISTER, { input: { meetingId: late.id, organisationId: p.organisationId } }, p.cookie);
    expect(codeOf(de)).toBe('MEETING_REGISTRATION_CLOSED');
    expect(de.body.errors![0]!.message).toBe('Die Anmeldefrist für diesen Termin ist abgelaufen.');
    const en = await call(REGISTER, { input: { meetingId: late.id, organisationId: p.organisationId } }, p.cookie, 'en');
    expect(en.body.errors![0]!.message).toBe('The registration deadline for this meeting has passed.');
    expect(en.body.errors![0]!.extensions!.deadline).toBe(late.registrationDeadline);
    const notOpen = await call(REGISTER, { input: { meetingId: closed.id, organisationId: p.organisationId } }, p.cookie, 'en');
    expect(codeOf(notOpen)).toBe('MEETING_REGISTRATION_CLOSED');
    expect(notOpen.body.errors![0]!.message).toBe('This meeting takes no registrations.');
  });

  it('moves the waitlist up in order of arrival when a seat is freed or the capacity grows', async () => {
    const { meeting, organiser, organiserId } = await organised({ capacity: 1 });
    const { people } = await participants(app(), 4, 4);
    const regs: RegistrationAnswer[] = [];
    for (const p of people)
      regs.push(data(await call(REGISTER, { input: { meetingId: meeting.id, organisationId: p.organisationId } }, p.cookie), 'registerForMeeting'));
    expect(regs.map((r) => [r.arrivalNumber, r.status, r.waitlistPosition])).toEqual([
      [1, 'REGISTERED', null],
      [2, 'WAITLISTED', 1],
      [3, 'WAITLISTED', 2],
      [4, 'WAITLISTED', 3],
    ]);
    // The third leaves the waitlist: the others close up.
    await call(CANCEL_REGISTRATION, { id: regs[2]!.id }, people[2]!.cookie);
    expect(codeOf(await call(CANCEL_REGISTRATION, { id: regs[1]!.id }, people[0]!.cookie))).toBe('MEETING_REGISTRATION_NOT_FOUND');
    await call(CANCEL_REGISTRATION, { id: regs[0]!.id }, people[0]!.cookie);
    const mine = async (i: number) => data(await call(MY_REGISTRATIONS, {}, people[i]!.cookie), 'myMeetingRegistrations')[0] ?? null;
    expect(await mine(1)).toMatchObject({ status: 'REGISTERED', waitlistPosition: null });
    expect((await mine(1))?.promotedAt).not.toBeNull();
    expect(await mine(3)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    // More seats: the rest of the waitlist moves up in the same transaction as the edit.
    const input = meetingInput(organiserId, { capacity: 5 }) as Record<string, unknown>;
    delete input.organiserId;
    const edited = data(await call(UPDATE_MEETING, { id: meeting.id, input }, organiser.cookie), 'updateMeeting');
    expect(edited).toMatchObject({ registeredCount: 2, waitlistCount: 0, seatsLeft: 3 });
    expect(await mine(3)).toMatchObject({ status: 'REGISTERED' });
    // Fewer seats than people holding one: refused.
    const shrink = await call(UPDATE_MEETING, { id: meeting.id, input: { ...input, capacity: 1 } }, organiser.cookie);
    expect(shrink.body.errors![0]!.extensions!.problem).toBe('CAPACITY_BELOW_REGISTERED');
    // After cancelling, a person may register again (as a new arrival).
    const again = data(
      await call(REGISTER, { input: { meetingId: meeting.id, organisationId: people[0]!.organisationId } }, people[0]!.cookie),
      'registerForMeeting',
    );
    expect(again).toMatchObject({ status: 'REGISTERED', arrivalNumber: 5 });
  });
});

describe('demo meetings', () => {
  it("seed the joint office's mayors' meeting (invited only) and a full public Denkraum, once", async () => {
    const prisma = app().db.database.prisma;
    expect(await seedDemoMeetings(prisma)).toBe(2);
    expect(await seedDemoMeetings(prisma)).toBe(0);
    const titles = data(await call(MEETINGS, { first: 100, filter: { kind: 'DENKRAUM_WORKSHOP' } }), 'meetings').edges.map((edge) => edge.node.id);
    const denkraum = await prisma.meeting.findFirstOrThrow({ where: { title: 'Denkraum: Digitalisierung im Mittelstand' } });
    expect(titles).toContain(denkraum.id);
    const mayors = await prisma.meeting.findFirstOrThrow({
      where: { title: 'Erstes Treffen der Bürgermeister und Landräte' },
      include: { agendaItems: true },
    });
    expect(mayors).toMatchObject({ visibility: 'INVITED' });
    expect(mayors.agendaItems).toHaveLength(4);
    expect(codeOf(await call(MEETING, { id: mayors.id }))).toBe('MEETING_NOT_FOUND');
    // Both seats are taken: the next company waits.
    const p = (await participants(app(), 1)).people[0]!;
    const waiting = data(
      await call(REGISTER, { input: { meetingId: denkraum.id, organisationId: p.organisationId } }, p.cookie),
      'registerForMeeting',
    );
    expect(waiting).toMatchObject({ status: 'WAITLISTED', arrivalNumber: 3, waitlistPosition: 1 });
  });
});

describe('a meeting as .ics', () => {
  const get = async (path: string, cookie?: string) => {
    const response = await fetch(`${app().url}${path}`, { headers: cookie ? { cookie } : {} });
    return { status: response.status, text: await response.text(), disposition: response.headers.get('content-disposition') };
  };
  const parse = (ics: string) => new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);

  it('writes Berlin time on both sides of the 2027 spring change, moves with SEQUENCE, and keeps the link for those with a seat', async () => {
    const winter = await organised({ startsAt: '2027-03-25T17:00:00Z', endsAt: '2027-03-25T19:00:00Z' });
    const summer = await organised({ startsAt: '2027-04-01T16:00:00Z', endsAt: '2027-04-01T18:00:00Z' });
    const before = await get(`/meetings/${winter.meeting.id}/calendar.ics`);
    expect(before.status).toBe(200);
    expect(before.disposition).toBe('attachment; filename="veranstaltung-2027-03-25.ics"');
    expect(before.text).toContain('DTSTART;TZID=Europe/Berlin:20270325T180000');
    expect(before.text).toContain('SEQUENCE:0');
    expect(before.text).not.toContain('meet.example.org');
    expect(parse(before.text).startDate.toJSDate().toISOString()).toBe('2027-03-25T17:00:00.000Z');
    const after = (await get(`/meetings/${summer.meeting.id}/calendar.ics`)).text;
    expect(after).toContain('DTSTART;TZID=Europe/Berlin:20270401T180000');
    expect(after).toContain('DTEND;TZID=Europe/Berlin:20270401T200000');
    expect(parse(after).startDate.toJSDate().toISOString()).toBe('2027-04-01T16:00:00.000Z');

    // An edit raises the sequence, so calendars move the entry; the organiser's file has the link.
    const input = meetingInput(winter.organiserId, { startsAt: '2027-03-25T18:00:00Z', endsAt: '2027-03-25T20:00:00Z' }) as Record<string, unknown>;
    delete input.organiserId;
    data(await call(UPDATE_MEETING, { id: winter.meeting.id, input }, winter.organiser.cookie), 'updateMeeting');
    const moved = await get(`/meetings/${winter.meeting.id}/calendar.ics`, winter.organiser.cookie);
    expect(moved.text).toContain('SEQUENCE:1');
    expect(moved.text).toContain('DTSTART;TZID=Europe/Berlin:20270325T190000');
    expect(moved.text).toContain('meet.example.org/denkraum');

    // Invisible and malformed ids look alike.
    const { meeting: hidden } = await organised({ visibility: 'INVITED' });
    expect((await get(`/meetings/${hidden.id}/calendar.ics`)).status).toBe(404);
    expect((await get('/meetings/nicht-da/calendar.ics')).status).toBe(404);
  });
});
