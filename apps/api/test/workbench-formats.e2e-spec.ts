import ICAL from 'ical.js';
import { BookingReminderService } from '../src/workbench/bookings/booking-reminder.service';
import { encodeCursor } from '../src/common/pagination/cursor';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { BOOK, CREATE_FORMAT, FORMAT_FIELDS, SET_RULES, SLOTS, berlinAt, berlinDay, codeOf, formatInput, workbenchScene } from './support/workbench';

const { app, municipality: dortmund } = useDemoApp();

const client = accountsClient(app, dortmund);
const { call } = client;
const { advisor, format, company } = workbenchScene(app, client);
const agenda = 'Fragen zur Cloud-Migration unserer Fertigung.';
type Slot = { startsAt: string; endsAt: string; seatsLeft: number };
const slotsOf = async (formatId: string, from: string, to: string): Promise<Slot[]> => {
  const reply = await call(SLOTS, { formatId, from, to });
  if (!reply.body.data) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data.bookableSlots as Slot[];
};

describe('consultation formats', () => {
  it('are offered by advisors for an advisory or member organisation they belong to', async () => {
    const a = await advisor();
    const created = await call(CREATE_FORMAT, { input: formatInput(a.organisationId, { title: '  KI-Sprechstunde  ' }) }, a.cookie);
    expect(created.body.data!.createConsultationFormat).toMatchObject({
      title: 'KI-Sprechstunde',
      status: 'ACTIVE',
      viewerIsAdvisor: true,
      meetingLink: 'https://meet.example.org/werkbank',
    });

    const c = await company();
    // A company is neither advisory nor a member; and a company person is no advisor at all.
    expect(codeOf(await call(CREATE_FORMAT, { input: formatInput(c.organisationIds[0]!) }, c.cookie))).toBe('FORBIDDEN');
    await app().db.database.prisma.membership.create({ data: { userId: a.id, organisationId: c.organisationIds[0]!, role: 'MEMBER' } });
    expect(codeOf(await call(CREATE_FORMAT, { input: formatInput(c.organisationIds[0]!) }, a.cookie))).toBe('FORMAT_ORGANISATION_INVALID');
    expect(codeOf(await call(CREATE_FORMAT, { input: formatInput(a.organisationId, { mode: 'REMOTE', meetingLink: null }) }, a.cookie))).toBe(
      'FORMAT_MODE_INVALID',
    );
    expect(
      codeOf(await call(CREATE_FORMAT, { input: formatInput(a.organisationId, { meetingLink: 'http://insecure.example.org' }) }, a.cookie)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(CREATE_FORMAT, { input: formatInput(a.organisationId, { durationMinutes: 47 }) }, a.cookie))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(CREATE_FORMAT, { input: formatInput(a.organisationId, { capacity: 0 }) }, a.cookie))).toBe('BAD_USER_INPUT');
  });

  it('show the meeting link only to the advisor, and archived ones only to the advisor', async () => {
    const a = await advisor();
    const id = await format(a.cookie, a.organisationId, { title: 'Sprechstunde IT-Sicherheit' });
    const ONE = `query($id: ID!) { consultationFormat(id: $id) { ${FORMAT_FIELDS} } }`;
    expect((await call(ONE, { id })).body.data!.consultationFormat).toMatchObject({
      meetingLink: null,
      viewerIsAdvisor: false,
      advisor: { name: 'Jana Beispiel' },
    });
    const list = await call(
      `query($q: String) { consultationFormats(filter: { query: $q, topicField: IT_COMPETENCE }, first: 5) { totalCount edges { node { id } } } }`,
      { q: 'sicherheit' },
    );
    expect((list.body.data!.consultationFormats as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id)).toContain(id);

    expect((await call(`mutation($id: ID!) { archiveConsultationFormat(id: $id) { status } }`, { id }, a.cookie)).body.data).toEqual({
      archiveConsultationFormat: { status: 'ARCHIVED' },
    });
    expect(codeOf(await call(ONE, { id }))).toBe('FORMAT_NOT_FOUND');
    expect((await call(ONE, { id }, a.cookie)).body.data!.consultationFormat).toMatchObject({ id });
    const other = await advisor();
    const REACTIVATE = `mutation($id: ID!) { reactivateConsultationFormat(id: $id) { status } }`;
    expect(codeOf(await call(REACTIVATE, { id }, other.cookie))).toBe('FORMAT_NOT_FOUND');
    // Having left the organisation, the advisor cannot offer its format again.
    await app().db.database.prisma.membership.delete({ where: { userId_organisationId: { userId: a.id, organisationId: a.organisationId } } });
    expect(codeOf(await call(REACTIVATE, { id }, a.cookie))).toBe('NOT_ORGANISATION_MEMBER');
  });
});

describe('availability', () => {
  it('refuses overlapping or inverted periods with the problems named', async () => {
    const a = await advisor();
    const reply = await call(
      SET_RULES,
      {
        input: {
          rules: [
            { weekday: 2, start: '09:00', end: '12:00' },
            { weekday: 2, start: '11:00', end: '13:00' },
            { weekday: 3, start: '12:00', end: '10:00' },
          ],
        },
      },
      a.cookie,
    );
    expect(codeOf(reply)).toBe('AVAILABILITY_INVALID');
    expect(reply.body.errors![0]!.extensions!.problems).toEqual(expect.arrayContaining(['OVERLAPPING_RULES', 'END_NOT_AFTER_START']));
    expect(codeOf(await call(SET_RULES, { input: { rules: [{ weekday: 8, start: '09:00', end: '12:00' }] } }, a.cookie))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(SET_RULES, { input: { rules: [{ weekday: 1, start: '9 Uhr', end: '12:00' }] } }, a.cookie))).toBe('BAD_USER_INPUT');
  });

  it('takes exceptions into account: a whole-day absence, a partial one and extra hours', async () => {
    const a = await advisor([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 3, start: '09:00', end: '12:00' },
      { weekday: 4, start: '09:00', end: '12:00' },
      { weekday: 5, start: '09:00', end: '12:00' },
      { weekday: 6, start: '09:00', end: '12:00' },
      { weekday: 7, start: '09:00', end: '12:00' },
    ]);
    const formatId = await format(a.cookie, a.organisationId);
    const ADD = `mutation($input: AvailabilityExceptionInput!) { addAvailabilityException(input: $input) { id date kind start end note } }`;
    const [d1, d2, d3] = [berlinDay(20), berlinDay(21), berlinDay(22)];
    expect((await slotsOf(formatId, d1, d1)).length).toBe(3);
    const absence = await call(ADD, { input: { date: d1, kind: 'ABSENCE', note: 'Messe' } }, a.cookie);
    expect(absence.body.data!.addAvailabilityException).toMatchObject({ date: d1, kind: 'ABSENCE', start: null, end: null, note: 'Messe' });
    await call(ADD, { input: { date: d2, kind: 'ABSENCE', start: '10:00', end: '11:00' } }, a.cookie);
    await call(ADD, { input: { date: d3, kind: 'EXTRA', start: '12:00', end: '14:00' } }, a.cookie);
    expect(codeOf(await call(ADD, { input: { date: d3, kind: 'EXTRA' } }, a.cookie))).toBe('AVAILABILITY_INVALID');
    const local = (slots: Slot[]) =>
      slots.map((slot) =>
        new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date(slot.startsAt)),
      );
    expect(await slotsOf(formatId, d1, d1)).toEqual([]);
    expect(local(await slotsOf(formatId, d2, d2))).toEqual(['09:00', '11:00']);
    expect(local(await slotsOf(formatId, d3, d3))).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00']);

    const mine = await call(`{ myAvailability { rules { weekday start end } exceptions { id date kind } } }`, {}, a.cookie);
    const exceptions = (mine.body.data!.myAvailability as { exceptions: Array<{ id: string; date: string }> }).exceptions;
    expect(exceptions.map((e) => e.date)).toEqual([d1, d2, d3]);
    expect((await call(`mutation($id: ID!) { removeAvailabilityException(id: $id) }`, { id: exceptions[0]!.id }, a.cookie)).body.data).toEqual({
      removeAvailabilityException: true,
    });
    expect((await slotsOf(formatId, d1, d1)).length).toBe(3);
    const other = await advisor();
    expect(codeOf(await call(`mutation($id: ID!) { removeAvailabilityException(id: $id) }`, { id: exceptions[1]!.id }, other.cookie))).toBe(
      'AVAILABILITY_EXCEPTION_NOT_FOUND',
    );
    expect(codeOf(await call(SLOTS, { formatId, from: d1, to: berlinDay(70) }))).toBe('SLOT_RANGE_INVALID');
    // Dates far out are refused as input, not as a server error.
    expect(codeOf(await call(SLOTS, { formatId, from: '9999-12-30', to: '9999-12-31' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(ADD, { input: { date: '0000-01-01', kind: 'ABSENCE' } }, a.cookie))).toBe('BAD_USER_INPUT');
  });
});

describe('daylight saving time in Europe/Berlin', () => {
  it('keeps a Tuesday 09:00–12:00 rule at 09:00 local on both sides of 2027-03-28 and 2027-10-31', async () => {
    const a = await advisor([{ weekday: 2, start: '09:00', end: '12:00' }]);
    const formatId = await format(a.cookie, a.organisationId);
    const starts = async (from: string, to: string) => (await slotsOf(formatId, from, to)).map((slot) => slot.startsAt);
    expect(await starts('2027-03-22', '2027-04-04')).toEqual([
      '2027-03-23T08:00:00.000Z',
      '2027-03-23T09:00:00.000Z',
      '2027-03-23T10:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
      '2027-03-30T08:00:00.000Z',
      '2027-03-30T09:00:00.000Z',
    ]);
    expect(await starts('2027-10-25', '2027-11-07')).toEqual([
      '2027-10-26T07:00:00.000Z',
      '2027-10-26T08:00:00.000Z',
      '2027-10-26T09:00:00.000Z',
      '2027-11-02T08:00:00.000Z',
      '2027-11-02T09:00:00.000Z',
      '2027-11-02T10:00:00.000Z',
    ]);
  });

  it('gives a night rule 01:00–04:00 two real hours on the spring day and four on the autumn day', async () => {
    const a = await advisor([{ weekday: 7, start: '01:00', end: '04:00' }]);
    const formatId = await format(a.cookie, a.organisationId);
    expect((await slotsOf(formatId, '2027-03-28', '2027-03-28')).map((slot) => slot.startsAt)).toEqual([
      '2027-03-28T00:00:00.000Z',
      '2027-03-28T01:00:00.000Z',
    ]);
    expect((await slotsOf(formatId, '2027-10-31', '2027-10-31')).map((slot) => slot.startsAt)).toEqual([
      '2027-10-30T23:00:00.000Z',
      '2027-10-31T00:00:00.000Z',
      '2027-10-31T01:00:00.000Z',
      '2027-10-31T02:00:00.000Z',
    ]);
  });

  it('writes bookings after each change into .ics files at 09:00 Europe/Berlin', async () => {
    const a = await advisor([{ weekday: 2, start: '09:00', end: '12:00' }]);
    const formatId = await format(a.cookie, a.organisationId, { title: 'Sprechstunde, DST; Test' });
    const c = await company(2);
    for (const [index, startsAt] of ['2027-03-30T07:00:00.000Z', '2027-11-02T08:00:00.000Z'].entries()) {
      const reply = await call(BOOK, { input: { formatId, startsAt, organisationId: c.organisationIds[index], agenda } }, c.cookie);
      const booking = reply.body.data!.bookConsultation as { calendarPath: string };
      const response = await fetch(`${app().url}${booking.calendarPath}`, { headers: { cookie: c.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/calendar');
      const text = await response.text();
      const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
      const start = event.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).toBe('Europe/Berlin');
      expect((start.getFirstValue() as ICAL.Time).toString()).toBe(`${startsAt.slice(0, 10)}T09:00:00`);
      expect(text).toContain('BEGIN:VTIMEZONE');
      expect(event.getFirstPropertyValue('summary')).toContain('Sprechstunde, DST; Test');
    }
    // Not for others.
    const stranger = await company();
    const mine = await call(`{ myBookings(first: 5) { edges { node { calendarPath } } } }`, {}, c.cookie);
    const path = (mine.body.data!.myBookings as { edges: Array<{ node: { calendarPath: string } }> }).edges[0]!.node.calendarPath;
    expect((await fetch(`${app().url}${path}`, { headers: { cookie: stranger.cookie } })).status).toBe(404);
  });
});

describe('reminders', () => {
  it('remind each participant and the advisor once, 24 hours before', async () => {
    const a = await advisor();
    const group = await format(a.cookie, a.organisationId, { title: 'Denkraum Erinnerung', capacity: 4 });
    const c = await company(2);
    const startsAt = berlinAt(5, '10:00');
    for (const organisationId of c.organisationIds) await call(BOOK, { input: { formatId: group, startsAt, organisationId, agenda } }, c.cookie);
    const reminders = app().app.get(BookingReminderService);
    const prisma = app().db.database.prisma;
    const count = () => prisma.outboxMessage.count({ where: { template: 'booking-reminder', recipient: { in: [a.email, c.email] } } });
    await reminders.run(new Date(Date.parse(startsAt) - 30 * 3_600_000));
    expect(await count()).toBe(0);
    const dayBefore = new Date(Date.parse(startsAt) - 23 * 3_600_000);
    await reminders.run(dayBefore);
    await reminders.run(dayBefore);
    const mails = await prisma.outboxMessage.findMany({ where: { template: 'booking-reminder', recipient: { in: [a.email, c.email] } } });
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([a.email, c.email, c.email].sort());
    // The advisor's one reminder names every company of the session.
    const names = await prisma.organisation.findMany({ where: { id: { in: c.organisationIds } }, select: { name: true } });
    const advisorMail = mails.find((mail) => mail.recipient === a.email)!;
    for (const { name } of names) expect((advisorMail.payload as { counterpart: string }).counterpart).toContain(name);
  });

  it('go no more to a person who has left the booking organisation', async () => {
    const a = await advisor();
    const id = await format(a.cookie, a.organisationId, { title: 'Erinnerung nach Austritt' });
    const c = await company();
    const startsAt = berlinAt(5, '11:00');
    expect(
      (await call(BOOK, { input: { formatId: id, startsAt, organisationId: c.organisationIds[0], agenda } }, c.cookie)).body.errors,
    ).toBeUndefined();
    const prisma = app().db.database.prisma;
    await prisma.membership.delete({ where: { userId_organisationId: { userId: c.id, organisationId: c.organisationIds[0]! } } });
    await app()
      .app.get(BookingReminderService)
      .run(new Date(Date.parse(startsAt) - 23 * 3_600_000));
    const mails = await prisma.outboxMessage.findMany({ where: { template: 'booking-reminder', recipient: { in: [a.email, c.email] } } });
    expect(mails.map((mail) => mail.recipient)).toEqual([a.email]);
  });
});

describe('next free slot', () => {
  const NEXT = `query($id: ID!) { consultationFormat(id: $id) { nextFreeSlot } }`;
  const nextOf = async (id: string) => ((await call(NEXT, { id })).body.data!.consultationFormat as { nextFreeSlot: string | null }).nextFreeSlot;

  it('is the first time bookableSlots offers, beyond an empty week, and moves on when it is booked', async () => {
    // Mondays 08:00–09:00 only, bookable from 10 days on: this week and most of the next are empty.
    const a = await advisor([{ weekday: 1, start: '08:00', end: '09:00' }]);
    const id = await format(a.cookie, a.organisationId, { minimumNoticeHours: 240 });
    expect(await slotsOf(id, berlinDay(0), berlinDay(6))).toEqual([]);
    const offered = await slotsOf(id, berlinDay(7), berlinDay(27));
    const next = await nextOf(id);
    expect(next).toBe(offered[0]!.startsAt);
    expect(new Date(next!).getTime() - Date.now()).toBeGreaterThanOrEqual(240 * 3_600_000);

    const c = await company();
    const booked = await call(
      BOOK,
      { input: { formatId: id, organisationId: c.organisationIds[0], startsAt: next, agenda, idempotencyKey: `nf-${id}` } },
      c.cookie,
    );
    expect(booked.body.errors).toBeUndefined();
    expect(await nextOf(id)).toBe(offered[1]!.startsAt);
  });

  it('is null without availability, and orders the list soonest first with those last', async () => {
    const word = `naechstfrei${Date.now()}`;
    const none = await advisor([]);
    const later = await advisor([{ weekday: 1, start: '08:00', end: '09:00' }]);
    const soon = await advisor();
    const ids = {
      none: await format(none.cookie, none.organisationId, { title: `Keine Zeit ${word}` }),
      later: await format(later.cookie, later.organisationId, { title: `Später ${word}`, minimumNoticeHours: 240 }),
      soon: await format(soon.cookie, soon.organisationId, { title: `Bald ${word}`, minimumNoticeHours: 1 }),
    };
    expect(await nextOf(ids.none)).toBeNull();
    const LIST = `query($q: String, $after: String, $first: Int!, $order: ConsultationFormatOrder!) {
      consultationFormats(filter: { query: $q }, first: $first, after: $after, orderBy: $order) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id nextFreeSlot } } } }`;
    const page = async (order: string, first: number, after: string | null = null) => {
      const reply = await call(LIST, { q: word, first, after, order });
      if (!reply.body.data) throw new Error(JSON.stringify(reply.body.errors));
      return reply.body.data.consultationFormats as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string; nextFreeSlot: string | null } }>;
      };
    };
    const sorted = await page('NEXT_FREE_SLOT', 10);
    expect(sorted.totalCount).toBe(3);
    expect(sorted.edges.map((edge) => edge.node.id)).toEqual([ids.soon, ids.later, ids.none]);
    expect(sorted.edges[2]!.node.nextFreeSlot).toBeNull();
    expect((await page('NEWEST', 10)).edges.map((edge) => edge.node.id)).toEqual([ids.soon, ids.later, ids.none]);
    // Page by page, the same order.
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const one = await page('NEXT_FREE_SLOT', 1, after);
      walked.push(one.edges[0]!.node.id);
      expect(one.pageInfo.hasNextPage).toBe(i < 2);
      after = one.pageInfo.endCursor;
    }
    expect(walked).toEqual([ids.soon, ids.later, ids.none]);
    const forged = encodeCursor(['soon', ids.none]);
    expect(codeOf(await call(LIST, { q: word, first: 1, after: forged, order: 'NEXT_FREE_SLOT' }))).toBe('BAD_USER_INPUT');
  });
});
