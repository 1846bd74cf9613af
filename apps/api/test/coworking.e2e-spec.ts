import { addDays, zonedToInstant } from '@wiw/domain';
import ICAL from 'ical.js';
import { accountsClient, type Reply } from './support/accounts';
import { BOOK_DESK, CANCEL_DESK, CREATE_PLACE, DESKS_LEFT, manyPeople, MY_DESKS, PLACES, placeInput, UPDATE_PLACE } from './support/coworking';
import { refreshDashboard } from './support/dashboard';
import { useDemoApp } from './support/demo-app';
import { berlinDay, codeOf } from './support/workbench';

const { app, municipality: siegen } = useDemoApp({ municipality: 'Siegen' });
const client = accountsClient(app, siegen);
const { call } = client;

type Desk = { id: string; date: string; status: string; viewerCanCancel: boolean; calendarPath: string };
type Place = { id: string; name: string; desks: number; distanceKm: number | null; viewerCanEdit: boolean; municipality: { name: string } };
const dataOf = <T>(reply: Reply, field: string): T => {
  if (!reply.body.data) throw new Error(`${field} failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data[field] as T;
};

/** A signed-in member of a new, verified company in Siegen, with a place of 10 desks (unless told otherwise). */
async function operator(overrides: Record<string, unknown> = {}) {
  const prisma = app().db.database.prisma;
  const person = await client.signedIn();
  const user = await prisma.user.findUniqueOrThrow({ where: { email: person.email }, include: { memberships: true } });
  const organisationId = user.memberships[0]!.organisationId;
  await prisma.organisation.update({ where: { id: organisationId }, data: { verifiedAt: new Date() } });
  const reply = await call(CREATE_PLACE, { input: { ...placeInput(siegen(), overrides), operatorId: organisationId } }, person.cookie);
  return { ...person, organisationId, place: dataOf<Place>(reply, 'createCoworkingPlace') };
}

const book = (cookie: string, placeId: string, date: string) => call(BOOK_DESK, { input: { placeId, date } }, cookie);
const desksLeft = async (placeId: string, date: string) =>
  dataOf<{ desksLeft: number }>(await call(DESKS_LEFT, { id: placeId, date }), 'coworkingPlace').desksLeft;

describe('the directory of co-working places', () => {
  it('lists the demo places, and from Olpe the nearest first with distances between the municipalities', async () => {
    const prisma = app().db.database.prisma;
    const olpe = await prisma.municipality.findFirstOrThrow({ where: { name: 'Olpe' } });
    const byName = dataOf<Place[]>(await call(PLACES), 'coworkingPlaces');
    expect(byName.map((place) => place.name)).toContain('Werkhalle 57 Coworking');
    expect(byName.every((place) => place.distanceKm === null)).toBe(true);

    const near = dataOf<Place[]>(await call(PLACES, { near: olpe.id }), 'coworkingPlaces');
    const distances = near.map((place) => place.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(near.slice(0, 2).map((place) => place.municipality.name)).toEqual(['Attendorn', 'Siegen']);
    expect(distances[1]).toBeGreaterThan(15);
    expect(distances[1]).toBeLessThan(30);
    expect(codeOf(await call(PLACES, { near: crypto.randomUUID() }))).toBe('UNKNOWN_MUNICIPALITY');
  });
});

describe('who may keep a place', () => {
  it('lets the operator’s members edit, nobody else, and needs a verified organisation to add one', async () => {
    const op = await operator();
    expect(op.place.viewerCanEdit).toBe(true);
    const changed = await call(UPDATE_PLACE, { input: { ...placeInput(siegen(), { desks: 14 }), id: op.place.id } }, op.cookie);
    expect(dataOf<Place>(changed, 'updateCoworkingPlace').desks).toBe(14);
    const audit = await app().db.database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: op.place.id, action: 'coworking-place.updated' } });
    expect(audit.changes).toMatchObject({ desks: { from: 10, to: 14 } });

    const stranger = await client.signedIn();
    const refused = await call(UPDATE_PLACE, { input: { ...placeInput(siegen()), id: op.place.id } }, stranger.cookie);
    expect(codeOf(refused)).toBe('NOT_ORGANISATION_MEMBER');
    const { organisationId: unverified } = await app().db.database.prisma.membership.findFirstOrThrow({ where: { user: { email: stranger.email } } });
    const create = await call(CREATE_PLACE, { input: { ...placeInput(siegen()), operatorId: unverified } }, stranger.cookie);
    expect(codeOf(create)).toBe('ORGANISATION_NOT_VERIFIED');
    const dortmundOutside = await app().db.database.prisma.municipality.findFirstOrThrow({ where: { regionKey: 'OTHER' } });
    const outside = await call(UPDATE_PLACE, { input: { ...placeInput(dortmundOutside.id), id: op.place.id } }, op.cookie);
    expect(codeOf(outside)).toBe('UNKNOWN_MUNICIPALITY');
    expect(codeOf(await book('', op.place.id, berlinDay(3)))).toBe('UNAUTHENTICATED');
  });
});

describe('day desks', () => {
  it('gives 10 desks to exactly 10 of 200 people asking at once', async () => {
    const { place } = await operator({ desks: 10 });
    const people = await manyPeople(app, 200);
    const day = berlinDay(5);
    const replies = await Promise.all(people.map((person) => book(person.cookie, place.id, day)));
    expect(replies.filter((reply) => reply.body.data)).toHaveLength(10);
    expect(replies.filter((reply) => !reply.body.data).map(codeOf)).toEqual(Array(190).fill('DESK_DAY_FULL'));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    const prisma = app().db.database.prisma;
    expect(await prisma.deskBooking.count({ where: { placeId: place.id, status: 'CONFIRMED' } })).toBe(10);
    expect(await desksLeft(place.id, day)).toBe(0);
    expect(await desksLeft(place.id, addDays(day, 1))).toBe(10);
  });

  it('books one desk per person and day, whichever place, also when the requests race', async () => {
    const [a, b] = [await operator(), await operator()];
    const [person] = await manyPeople(app, 1);
    const day = berlinDay(4);
    const replies = await Promise.all([a, b, a, b, a, b].map((op) => book(person!.cookie, op.place.id, day)));
    expect(replies.filter((reply) => reply.body.data)).toHaveLength(1);
    expect(replies.filter((reply) => !reply.body.data).map(codeOf)).toEqual(Array(5).fill('DESK_DAY_ALREADY_BOOKED'));
    expect((await desksLeft(a.place.id, day)) + (await desksLeft(b.place.id, day))).toBe(19);
    const booked = replies.find((reply) => reply.body.data)!;
    const desk = dataOf<Desk>(booked, 'bookDesk');
    expect(dataOf<Desk>(await book(person!.cookie, a.place.id, addDays(day, 1)), 'bookDesk').date).toBe(addDays(day, 1));

    expect(dataOf<Desk>(await call(CANCEL_DESK, { input: { id: desk.id } }, person!.cookie), 'cancelDeskBooking').status).toBe('CANCELLED');
    expect(dataOf<Desk>(await book(person!.cookie, b.place.id, day), 'bookDesk').status).toBe('CONFIRMED');
  });

  it('cancels until the deadline before the day starts and gives the desk back; later, or someone else’s, is refused', async () => {
    const week = await operator({ cancellationDeadlineHours: 168, desks: 2 });
    const [person, other] = await manyPeople(app, 2);
    const soon = dataOf<Desk>(await book(person!.cookie, week.place.id, berlinDay(2)), 'bookDesk');
    expect(soon.viewerCanCancel).toBe(false);
    const late = await call(CANCEL_DESK, { input: { id: soon.id } }, person!.cookie);
    expect(codeOf(late)).toBe('DESK_DAY_NOT_CANCELLABLE');
    expect(late.body.errors![0]!.extensions!.deadline).toBe(
      new Date(zonedToInstant(berlinDay(2), '00:00').getTime() - 168 * 3_600_000).toISOString(),
    );

    const later = dataOf<Desk>(await book(person!.cookie, week.place.id, berlinDay(20)), 'bookDesk');
    expect(later.viewerCanCancel).toBe(true);
    expect(await desksLeft(week.place.id, berlinDay(20))).toBe(1);
    expect(codeOf(await call(CANCEL_DESK, { input: { id: later.id } }, other!.cookie))).toBe('DESK_BOOKING_NOT_FOUND');
    expect(dataOf<Desk>(await call(CANCEL_DESK, { input: { id: later.id } }, person!.cookie), 'cancelDeskBooking').status).toBe('CANCELLED');
    expect(await desksLeft(week.place.id, berlinDay(20))).toBe(2);
    expect(codeOf(await call(CANCEL_DESK, { input: { id: later.id } }, person!.cookie))).toBe('DESK_DAY_NOT_CANCELLABLE');
    expect(codeOf(await book(person!.cookie, week.place.id, berlinDay(61)))).toBe('DESK_DAY_NOT_BOOKABLE');
  });

  it('hands out the .ics of a desk day as an all-day event, to the person who booked only', async () => {
    const { place } = await operator({ name: 'Kalenderhalle' });
    const [person, other] = await manyPeople(app, 2);
    const day = berlinDay(9);
    const desk = dataOf<Desk>(await book(person!.cookie, place.id, day), 'bookDesk');
    const response = await fetch(`${app().url}${desk.calendarPath}`, { headers: { cookie: person!.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="schreibtisch-${day}.ics"`);
    const ics = await response.text();
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day.replace(/-/g, '')}`);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(day);
    expect(event.endDate.toString()).toBe(addDays(day, 1));
    expect(event.summary).toBe('Schreibtisch: Kalenderhalle');
    expect(event.location).toContain('Siegen');
    expect((await fetch(`${app().url}${desk.calendarPath}`, { headers: { cookie: other!.cookie } })).status).toBe(404);
    const mine = dataOf<Desk[]>(await call(MY_DESKS, {}, person!.cookie), 'myDeskBookings');
    expect(mine.map((entry) => entry.id)).toEqual([desk.id]);
    expect(dataOf<Desk[]>(await call(MY_DESKS, {}, other!.cookie), 'myDeskBookings')).toEqual([]);
  });
});

describe('the day boundary is Europe/Berlin', () => {
  afterEach(() => jest.useRealTimers());

  /** Only Date is faked (the app runs in this process); timers, I/O and the database run as always. */
  const at = (instant: Date) =>
    jest.useFakeTimers({
      now: instant,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });

  it('books the same day at 23:30 local time, and at 00:30 only the new day (still the old day in UTC)', async () => {
    const { place } = await operator();
    const day = berlinDay(3);
    const lateEvening = zonedToInstant(day, '23:30');
    const afterMidnight = zonedToInstant(addDays(day, 1), '00:30');
    expect(afterMidnight.toISOString().slice(0, 10)).toBe(day);
    const [evening, night] = await manyPeople(app, 2, afterMidnight);

    at(lateEvening);
    expect(dataOf<Desk>(await book(evening!.cookie, place.id, day), 'bookDesk').date).toBe(day);

    at(afterMidnight);
    const refused = await book(night!.cookie, place.id, day);
    expect(codeOf(refused)).toBe('DESK_DAY_NOT_BOOKABLE');
    expect(refused.body.errors![0]!.extensions!.problem).toBe('PAST');
    expect(dataOf<Desk>(await book(night!.cookie, place.id, addDays(day, 1)), 'bookDesk').date).toBe(addDays(day, 1));
    const upcoming = dataOf<Desk[]>(await call(MY_DESKS, {}, evening!.cookie), 'myDeskBookings');
    expect(upcoming).toEqual([]);
    const past = dataOf<Desk[]>(await call(MY_DESKS, { past: true }, evening!.cookie), 'myDeskBookings');
    expect(past.map((desk) => desk.date)).toEqual([day]);
  });
});

describe('the dashboard', () => {
  const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) { coworking {
    deskDays { value suppressed protection } byRegion { region deskDays { value suppressed protection } } } } }`;
  type Panel = {
    deskDays: { value: number | null; suppressed: boolean; protection: string | null };
    byRegion: Array<{ region: string; deskDays: { value: number | null; suppressed: boolean; protection: string | null } }>;
  };

  it('counts desk days by the place’s region for officials as of the last refresh, with the dashboard’s suppression of small counts', async () => {
    const prisma = app().db.database.prisma;
    const soest = await prisma.municipality.findFirstOrThrow({ where: { name: 'Soest' } });
    const [siegenPlace, soestPlace] = [(await operator()).place, (await operator({ municipalityId: soest.id, postalCode: '59494' })).place];
    // The dashboard answers whole months: the first day of the month after the other tests' desk days (up to day 20).
    const later = berlinDay(20);
    const day = new Date(Date.UTC(Number(later.slice(0, 4)), Number(later.slice(5, 7)), 1)).toISOString().slice(0, 10);
    const people = await manyPeople(app, 6);
    for (const person of people.slice(0, 5)) expect(dataOf<Desk>(await book(person.cookie, siegenPlace.id, day), 'bookDesk').date).toBe(day);
    expect(dataOf<Desk>(await book(people[5]!.cookie, soestPlace.id, day), 'bookDesk').date).toBe(day);
    // The dashboard shows what its last refresh stored.
    await refreshDashboard(app());

    const coordinator = await client.coordinator();
    const ask = async (region?: string) =>
      dataOf<{ coworking: Panel }>(
        await call(DASHBOARD, { filter: { period: 'CUSTOM', from: day, to: day, ...(region ? { region } : {}) } }, coordinator),
        'dashboard',
      ).coworking;
    const whole = await ask();
    expect(whole.deskDays).toEqual({ value: 6, suppressed: false, protection: null });
    const cell = (panel: Panel, region: string) => panel.byRegion.find((row) => row.region === region)!.deskDays;
    // Soest's single desk day is hidden, and so is Siegen's 5, which would give it away beside the total.
    expect(cell(whole, 'SOEST')).toEqual({ value: null, suppressed: true, protection: 'SMALL' });
    expect(cell(whole, 'SIEGEN_WITTGENSTEIN')).toEqual({ value: null, suppressed: true, protection: 'PROTECTED' });
    expect(cell(whole, 'DORTMUND')).toEqual({ value: 0, suppressed: false, protection: null });
    expect(whole.byRegion.map((row) => row.region)).not.toContain('OTHER');
    // Asked for one region, the answer is the same cell (the disclosure control sees the full table).
    expect((await ask('SIEGEN_WITTGENSTEIN')).deskDays).toEqual(cell(whole, 'SIEGEN_WITTGENSTEIN'));
    expect((await ask('SOEST')).deskDays).toEqual({ value: null, suppressed: true, protection: 'SMALL' });
    expect((await ask('SOEST')).byRegion).toEqual(whole.byRegion);

    const [company] = await manyPeople(app, 1);
    expect(codeOf(await call(DASHBOARD, {}, company!.cookie))).toBe('FORBIDDEN');
  });
});
