import { addDays, berlinDate, instantToZoned, isoWeekday, zonedToInstant } from '@wiw/domain';
import ICAL from 'ical.js';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { BOOK, workbenchScene } from './support/workbench';

/*
 * Bookings around both clock changes, through the real booking mutation: the next last Sunday of
 * October (02:00–03:00 happens twice) and of March (02:00–03:00 does not happen). Every calendar
 * file the portal writes for them — the booking download, the advisor's slot, the feeds, the mail
 * attachments — must parse (ical.js, as a calendar client does) to the instants booked, and the
 * mails must say which 02:30 they mean.
 */

const { app, municipality: dortmund } = useDemoApp({ demoAccounts: false });
const client = accountsClient(app, dortmund);
const { call } = client;
const prisma = () => app().db.database.prisma;

/** The next last Sunday of `month` (3 or 10) that is not before tomorrow in Berlin. */
function nextChangeDay(month: 3 | 10): string {
  const tomorrow = addDays(berlinDate(), 1);
  for (let year = Number(tomorrow.slice(0, 4)); ; year += 1) {
    let day = `${year}-${String(month).padStart(2, '0')}-31`;
    while (isoWeekday(day) !== 7) day = addDays(day, -1);
    if (day >= tomorrow) return day;
  }
}

const at = (day: string, utcTime: string) => new Date(`${day}T${utcTime}:00.000Z`).toISOString();
const AGENDA = 'Nachtschicht: Umstellung der Anlagen besprechen.';

/** Sunday night 01:00–04:00 Berlin time, half-hour consultations, and a company to book them. */
const nightScene = () =>
  workbenchScene(app, client).bookingScene([{ weekday: 7, start: '01:00', end: '04:00' }], { durationMinutes: 30, title: 'Nachtsprechstunde' });

async function book(formatId: string, startsAt: string, c: { cookie: string; organisationIds: string[] }) {
  const reply = await call(BOOK, { input: { formatId, startsAt, organisationId: c.organisationIds[0], agenda: AGENDA } }, c.cookie);
  if (!reply.body.data) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data.bookConsultation as { id: string; startsAt: string; endsAt: string; calendarPath: string };
}

async function download(pathname: string, cookie?: string): Promise<string> {
  const response = await fetch(`${app().url}${pathname}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  return response.text();
}

/** Start and end instants of every event of a calendar file, read the way a calendar client reads them. */
function instants(ics: string): Array<[string, string]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .map((event): [string, string] => [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()])
    .sort();
}

async function feedOf(cookie: string): Promise<string> {
  const reply = await call('mutation { regenerateCalendarFeed { url } }', {}, cookie);
  return download(new URL((reply.body.data!.regenerateCalendarFeed as { url: string }).url).pathname);
}

describe('the repeated hour of the autumn change', () => {
  const day = nextChangeDay(10);
  // 02:30 CEST and 02:30 CET: the same wall-clock time, an hour apart.
  const first = { start: at(day, '00:30'), end: at(day, '01:00') };
  const second = { start: at(day, '01:30'), end: at(day, '02:00') };

  it('books both 02:30 and every calendar file holds the instants booked', async () => {
    const { a, formatId, c } = await nightScene();
    const early = await book(formatId, first.start, c);
    const late = await book(formatId, second.start, c);
    expect([early.startsAt, early.endsAt, late.startsAt, late.endsAt]).toEqual([first.start, first.end, second.start, second.end]);

    expect(instants(await download(early.calendarPath, c.cookie))).toEqual([[first.start, first.end]]);
    expect(instants(await download(late.calendarPath, c.cookie))).toEqual([[second.start, second.end]]);
    // The advisor downloads the slot's event; both feeds list both appointments.
    expect(instants(await download(late.calendarPath, a.cookie))).toEqual([[second.start, second.end]]);
    expect(instants(await feedOf(c.cookie))).toEqual([
      [first.start, first.end],
      [second.start, second.end],
    ]);
    expect(instants(await feedOf(a.cookie))).toEqual([
      [first.start, first.end],
      [second.start, second.end],
    ]);

    const mails = await prisma().outboxMessage.findMany({
      where: { template: 'booking-confirmed', recipient: c.email },
      orderBy: { createdAt: 'asc' },
    });
    expect(mails).toHaveLength(2);
    const [one, two] = mails.map((mail) => mail.attachments as Array<{ content: string }>);
    expect(instants(one![0]!.content)).toEqual([[first.start, first.end]]);
    expect(instants(two![0]!.content)).toEqual([[second.start, second.end]]);
  });

  it('says MESZ or MEZ in the mails, in both languages', async () => {
    const { a, formatId, c } = await nightScene();
    await prisma().user.update({ where: { id: a.id }, data: { locale: 'en' } });
    await book(formatId, first.start, c);
    await book(formatId, second.start, c);
    const date = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(first.start),
    );
    const toCompany = await prisma().outboxMessage.findMany({
      where: { template: 'booking-confirmed', recipient: c.email },
      orderBy: { createdAt: 'asc' },
    });
    expect(toCompany.map((mail) => (mail.payload as { when: string }).when)).toEqual([
      `${date}, 02:30 MESZ–02:00 MEZ`,
      `${date}, 02:30 MEZ–03:00 MEZ`,
    ]);
    const toAdvisor = await prisma().outboxMessage.findMany({
      where: { template: 'booking-confirmed', recipient: a.email },
      orderBy: { createdAt: 'asc' },
    });
    expect(toAdvisor.map((mail) => (mail.payload as { when: string }).when.replace(/^.*, /, ''))).toEqual([
      '02:30 CEST–02:00 CET',
      '02:30 CET–03:00 CET',
    ]);
  });
});

describe('the missing hour of the spring change', () => {
  const day = nextChangeDay(3);

  it('books 01:30 CET and 03:30 CEST, half an hour apart, and the files say so', async () => {
    const { formatId, c } = await nightScene();
    const before = await book(formatId, at(day, '00:30'), c); // 01:30 CET
    const after = await book(formatId, at(day, '01:30'), c); // 03:30 CEST
    expect(instants(await download(before.calendarPath, c.cookie))).toEqual([[at(day, '00:30'), at(day, '01:00')]]);
    expect(instants(await download(after.calendarPath, c.cookie))).toEqual([[at(day, '01:30'), at(day, '02:00')]]);
    const text = await download(after.calendarPath, c.cookie);
    expect(text).toContain(`DTSTART;TZID=Europe/Berlin:${day.replace(/-/g, '')}T033000`);
    const mails = await prisma().outboxMessage.findMany({
      where: { template: 'booking-confirmed', recipient: c.email },
      orderBy: { createdAt: 'asc' },
    });
    expect(mails.map((mail) => (mail.payload as { when: string }).when.replace(/^.*, /, ''))).toEqual(['01:30–03:00 Uhr', '03:30–04:00 Uhr']);
  });
});

describe('availability across midnight', () => {
  it('offers on Sunday 22:00–24:00 + Monday 00:00–02:00 only starts the booking accepts, whatever days are asked for', async () => {
    const { formatId, c } = await workbenchScene(app, client).bookingScene(
      [
        { weekday: 7, start: '22:00', end: '24:00' },
        { weekday: 1, start: '00:00', end: '02:00' },
      ],
      { durationMinutes: 45, title: 'Mitternachtssprechstunde' },
    );
    // A Sunday a week or more ahead that is not a clock-change day.
    let sunday = addDays(berlinDate(), 7);
    while (isoWeekday(sunday) !== 7 || /-(03|10)-(2[5-9]|3[01])$/.test(sunday)) sunday = addDays(sunday, 1);
    const local = (starts: string[]) =>
      starts.map((start) =>
        Object.values(instantToZoned(new Date(start)))
          .slice(0, 2)
          .join(' '),
      );
    const monday = addDays(sunday, 1);
    const SLOTS = `query($formatId: ID!, $from: Date!, $to: Date!) { bookableSlots(formatId: $formatId, from: $from, to: $to) { startsAt } }`;
    const offered = async (from: string, to: string) =>
      ((await call(SLOTS, { formatId, from, to })).body.data!.bookableSlots as Array<{ startsAt: string }>).map((slot) => slot.startsAt);
    const both = await offered(sunday, monday);
    expect(local(both)).toEqual([`${sunday} 22:00`, `${sunday} 22:45`, `${sunday} 23:30`, `${monday} 00:00`, `${monday} 00:45`]);
    expect(await offered(sunday, sunday)).toEqual(both.slice(0, 3));
    const mondayOnly = await offered(monday, monday);
    expect(mondayOnly).toEqual(both.slice(3));
    // Each start offered for the Monday alone is booked (the 45-minute meetings follow each other).
    for (const start of mondayOnly) expect((await book(formatId, start, c)).startsAt).toBe(start);
    expect(await offered(monday, monday)).toEqual([]);
    // The merged window's grid (… 23:30 Sunday, 00:15 Monday) is refused with a code.
    const refused = await call(
      BOOK,
      { input: { formatId, startsAt: zonedToInstant(monday, '00:15').toISOString(), organisationId: c.organisationIds[0], agenda: AGENDA } },
      c.cookie,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BOOKING_SLOT_UNAVAILABLE');
  });
});
