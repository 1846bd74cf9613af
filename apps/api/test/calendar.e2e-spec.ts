import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PrismaClient } from '@wiw/db';
import { createTestDatabase, type TestDatabase } from '@wiw/db/testing';
import ICAL from 'ical.js';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bootstrap, createAdapter } from '../src/app';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/config';
import { CalendarModule } from '../src/workbench/calendar/calendar.module';
import { accountsClient } from './support/accounts';
import type { TestApp } from './support/test-app';

/*
 * The calendar routes over HTTP on the real application and database. Bookings are written with
 * Prisma directly (the booking mutations are tested in their own suite). The app is composed like
 * createApp() does, with CalendarModule imported explicitly, so the suite holds whether or not
 * the app module imports it already (Nest loads a module once).
 */

let t: TestApp;
let municipalityId: string;

async function startCalendarApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://portal.test',
    WEB_DIST_DIR: path.join(__dirname, 'support', 'no-web-client'),
    ...env,
  });
  @Module({ imports: [AppModule.create(config, db.database), CalendarModule] })
  class CalendarTestModule {}
  const app = await NestFactory.create<NestFastifyApplication>(CalendarTestModule, createAdapter(config), {
    logger: false,
    abortOnError: false,
  });
  await bootstrap(app, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  return {
    url,
    db,
    app,
    gql: () => Promise.reject(new Error('use call() from accountsClient')),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

beforeAll(async () => {
  t = await startCalendarApp();
  municipalityId = (await t.db.database.prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
});
afterAll(async () => {
  await t.close();
});

const { call, signedIn } = accountsClient(
  () => t,
  () => municipalityId,
);
const prisma = (): PrismaClient => t.db.database.prisma;

const MY_FEED = `{ myCalendarFeed { active createdAt } }`;
const REGENERATE = `mutation { regenerateCalendarFeed { url createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;

const DAY_MS = 24 * 3600_000;
let slotHour = 0;

/** A signed-in person with their user id and their own company. */
async function person() {
  const who = await signedIn();
  const user = await prisma().user.findUniqueOrThrow({ where: { email: who.email }, include: { memberships: true } });
  return { ...who, id: user.id, organisationId: user.memberships[0]!.organisationId };
}

type Person = Awaited<ReturnType<typeof person>>;

/** A remote format of the advisor and a slot `days` from now (each at its own hour, so slots never overlap). */
async function slotOf(advisor: Person, days: number, overrides: { status?: 'SCHEDULED' | 'CANCELLED'; capacity?: number } = {}) {
  const format = await prisma().consultationFormat.create({
    data: {
      advisorId: advisor.id,
      organisationId: advisor.organisationId,
      title: 'Fördermittel-Sprechstunde',
      description: 'Welche Programme passen?',
      topicFieldKey: 'IT_COMPETENCE',
      durationMinutes: 60,
      mode: 'REMOTE',
      meetingLink: 'https://meet.example.org/werkbank-test',
      capacity: overrides.capacity ?? 1,
      searchText: 'foerdermittel',
    },
  });
  slotHour += 1;
  const startsAt = new Date(Math.floor(Date.now() / 3600_000) * 3600_000 + days * DAY_MS + slotHour * 3600_000);
  const endsAt = new Date(startsAt.getTime() + 3600_000);
  const cancelled = overrides.status === 'CANCELLED';
  const slot = await prisma().slot.create({
    data: {
      formatId: format.id,
      advisorId: advisor.id,
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      capacity: format.capacity,
      seatsTaken: cancelled ? 0 : 1,
      status: overrides.status ?? 'SCHEDULED',
      cancelledAt: cancelled ? new Date() : null,
    },
  });
  return { format, slot };
}

async function bookingOf(participant: Person, slotId: string, overrides: { agenda?: string; cancelled?: boolean; sequence?: number } = {}) {
  return prisma().booking.create({
    data: {
      slotId,
      organisationId: participant.organisationId,
      bookedById: participant.id,
      agenda: overrides.agenda ?? 'Förderung der neuen Halle, Zeitplan; Budget',
      status: overrides.cancelled ? 'CANCELLED' : 'CONFIRMED',
      cancelledAt: overrides.cancelled ? new Date() : null,
      sequence: overrides.sequence ?? 0,
      cancellationDeadlineHours: 24,
    },
  });
}

async function regenerate(cookie: string): Promise<{ url: string; createdAt: string; path: string }> {
  const reply = await call(REGENERATE, {}, cookie);
  expect(reply.body.errors).toBeUndefined();
  const link = reply.body.data!.regenerateCalendarFeed as { url: string; createdAt: string };
  return { ...link, path: new URL(link.url).pathname };
}

async function get(pathname: string, cookie?: string): Promise<{ status: number; type: string | null; headers: Headers; text: string }> {
  const response = await fetch(`${t.url}${pathname}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, text: await response.text() };
}

/** Refused as the client's mistake, as JSON (404, or 400/414 where Fastify's router refuses first): never a 500. */
function expectRefused(reply: { status: number; type: string | null; text: string }): void {
  expect([400, 404, 414]).toContain(reply.status);
  expect(reply.type).toContain('application/json');
}

function expectNotFound(reply: { status: number; type: string | null; text: string }): void {
  expect(reply.status).toBe(404);
  expect(reply.type).toContain('application/json');
  expect(JSON.parse(reply.text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
}

function eventsOf(ics: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** Berlin wall-clock time as "YYYY-MM-DD HH:MM:SS" (Sweden's format), read with Intl on its own. */
const berlinClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
/** DTSTART as the file must write it: Berlin wall-clock time with TZID. */
const berlinStart = (instant: Date): string => `DTSTART;TZID=Europe/Berlin:${berlinClock.format(instant).replace(/[-:]/g, '').replace(' ', 'T')}`;
const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

describe('private calendar feed', () => {
  it('serves my bookings (cancelled ones included, old ones left out) at a secret URL whose token only exists hashed', async () => {
    const advisor = await person();
    const participant = await person();
    const stranger = await person();
    const upcoming = await slotOf(advisor, 3);
    const later = await slotOf(advisor, 10);
    const recent = await slotOf(advisor, -5);
    const old = await slotOf(advisor, -40);
    const foreign = await slotOf(advisor, 4);
    const mine = await bookingOf(participant, upcoming.slot.id);
    const cancelled = await bookingOf(participant, later.slot.id, { cancelled: true, sequence: 1 });
    const past = await bookingOf(participant, recent.slot.id);
    const tooOld = await bookingOf(participant, old.slot.id);
    const theirs = await bookingOf(stranger, foreign.slot.id);

    expect((await call(MY_FEED, {}, participant.cookie)).body.data).toEqual({ myCalendarFeed: { active: false, createdAt: null } });
    const link = await regenerate(participant.cookie);
    expect(link.url).toMatch(/^http:\/\/portal\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = (await call(MY_FEED, {}, participant.cookie)).body.data!.myCalendarFeed as { active: boolean; createdAt: string };
    expect(status).toEqual({ active: true, createdAt: link.createdAt });

    // Only the SHA-256 of the token is stored, and the change is audited without it.
    const token = link.path.slice('/calendar/'.length, -'.ics'.length);
    const row = await prisma().calendarFeed.findUniqueOrThrow({ where: { userId: participant.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { actorUserId: participant.id, action: 'calendar_feed.regenerated' } });
    expect(JSON.stringify(audit.changes)).not.toContain(token);

    const feed = await get(link.path);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('no-store');
    const events = eventsOf(feed.text);
    const uid = (id: string) => `booking-${id}@wirtschaftsinitiative-westfalen.de`;
    expect(events.map((event) => event.uid)).toEqual([uid(past.id), uid(mine.id), uid(cancelled.id)]);
    expect(events.map((event) => event.uid)).not.toContain(uid(tooOld.id));
    expect(events.map((event) => event.uid)).not.toContain(uid(theirs.id));

    const [, confirmed, gone] = events;
    expect(confirmed!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(confirmed!.startDate.toJSDate().toISOString()).toBe(upcoming.slot.startsAt.toISOString());
    expect(confirmed!.description).toContain('Förderung der neuen Halle, Zeitplan; Budget');
    expect(confirmed!.location).toBe('https://meet.example.org/werkbank-test');
    expect(confirmed!.component.getFirstPropertyValue('url')).toBe(`http://portal.test/werkbank/termine/${mine.id}`);
    expect(gone!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(gone!.sequence).toBe(1);
    expect(unfold(feed.text)).toContain(berlinStart(upcoming.slot.startsAt));
    expect(feed.text).toContain('BEGIN:VTIMEZONE');
  });

  it('drops the bookings of an organisation the person has left', async () => {
    const advisor = await person();
    const participant = await person();
    const upcoming = await slotOf(advisor, 3);
    const booking = await bookingOf(participant, upcoming.slot.id);
    const link = await regenerate(participant.cookie);
    const uids = async () => eventsOf((await get(link.path)).text).map((event) => event.uid);
    expect(await uids()).toEqual([`booking-${booking.id}@wirtschaftsinitiative-westfalen.de`]);
    await prisma().membership.delete({ where: { userId_organisationId: { userId: participant.id, organisationId: participant.organisationId } } });
    expect(await uids()).toEqual([]);
  });

  it('shows an advisor their slots with the organisations booked', async () => {
    const advisor = await person();
    const participant = await person();
    const { slot } = await slotOf(advisor, 6, { capacity: 3 });
    await bookingOf(participant, slot.id, { agenda: 'Chatbots im Vertrieb' });
    const cancelledSlot = await slotOf(advisor, 7, { status: 'CANCELLED' });

    const feed = await get((await regenerate(advisor.cookie)).path);
    expect(feed.status).toBe(200);
    const events = eventsOf(feed.text);
    expect(events.map((event) => event.uid)).toEqual([
      `slot-${slot.id}@wirtschaftsinitiative-westfalen.de`,
      `slot-${cancelledSlot.slot.id}@wirtschaftsinitiative-westfalen.de`,
    ]);
    expect(events[0]!.summary).toBe('Fördermittel-Sprechstunde (1 Anmeldung)');
    const organisation = await prisma().organisation.findUniqueOrThrow({ where: { id: participant.organisationId } });
    expect(events[0]!.description).toContain(`• ${organisation.name}\n  Agenda: Chatbots im Vertrieb`);
    expect(events[0]!.description).not.toContain(participant.email);
    expect(events[1]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('stops the old URL when regenerated and every URL when revoked', async () => {
    const user = await person();
    const first = await regenerate(user.cookie);
    expect((await get(first.path)).status).toBe(200);

    const second = await regenerate(user.cookie);
    expect(second.path).not.toBe(first.path);
    expectNotFound(await get(first.path));
    expect((await get(second.path)).status).toBe(200);
    expect(await prisma().calendarFeed.count({ where: { userId: user.id } })).toBe(1);

    expect((await call(REVOKE, {}, user.cookie)).body.data).toEqual({ revokeCalendarFeed: true });
    expectNotFound(await get(second.path));
    expect((await call(MY_FEED, {}, user.cookie)).body.data).toEqual({ myCalendarFeed: { active: false, createdAt: null } });
    expect((await call(REVOKE, {}, user.cookie)).body.data).toEqual({ revokeCalendarFeed: false });
    expect(
      await prisma().auditEvent.count({
        where: { actorUserId: user.id, action: 'calendar_feed.revoked', entityType: 'CalendarFeed', entityId: user.id },
      }),
    ).toBe(1);
  });

  it('answers 404 for malformed and unknown tokens and for a deleted account, never 500', async () => {
    const user = await person();
    const link = await regenerate(user.cookie);
    const unknown = `/calendar/${'A'.repeat(43)}.ics`;
    for (const pathname of [
      unknown,
      '/calendar/abc.ics',
      '/calendar/.ics',
      '/calendar/x',
      `/calendar/${'a'.repeat(5000)}.ics`,
      '/calendar/..%2F..%2Fetc.ics',
      '/calendar/%E0%A4%A.ics',
      `${link.path}%00`,
    ]) {
      expectRefused(await get(pathname));
    }
    expectNotFound(await get(unknown));
    expectNotFound(await get('/calendar/abc.ics'));

    await prisma().user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expectNotFound(await get(link.path));
  });

  it('is for signed-in people only', async () => {
    for (const query of [MY_FEED, REGENERATE, REVOKE]) {
      const reply = await call(query);
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('one booking as .ics', () => {
  it('goes to members of the booking organisation and to the advisor, as 404 to anyone else', async () => {
    const advisor = await person();
    const participant = await person();
    const colleague = await person();
    const stranger = await person();
    await prisma().membership.create({ data: { userId: colleague.id, organisationId: participant.organisationId, role: 'MEMBER' } });
    const { slot } = await slotOf(advisor, 12);
    const booking = await bookingOf(participant, slot.id);
    const pathname = `/workbench/bookings/${booking.id}/calendar.ics`;
    const day = berlinClock.format(slot.startsAt).slice(0, 10);

    for (const cookie of [participant.cookie, colleague.cookie]) {
      const file = await get(pathname, cookie);
      expect(file.status).toBe(200);
      expect(file.type).toBe('text/calendar; charset=utf-8');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="termin-${day}.ics"`);
      expect(file.headers.get('cache-control')).toBe('no-store');
      const [event] = eventsOf(file.text);
      expect(event!.uid).toBe(`booking-${booking.id}@wirtschaftsinitiative-westfalen.de`);
      expect(event!.startDate.toJSDate().toISOString()).toBe(slot.startsAt.toISOString());
    }

    // The advisor gets the slot's event: the same UID as in their feed.
    const forAdvisor = await get(pathname, advisor.cookie);
    expect(forAdvisor.status).toBe(200);
    expect(eventsOf(forAdvisor.text)[0]!.uid).toBe(`slot-${slot.id}@wirtschaftsinitiative-westfalen.de`);

    expectNotFound(await get(pathname, stranger.cookie));
    const anonymous = await get(pathname);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('answers 404 for ids that are no booking, never 500', async () => {
    const user = await person();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1' OR '1'='1", '%00', 'é']) {
      expectNotFound(await get(`/workbench/bookings/${encodeURIComponent(id)}/calendar.ics`, user.cookie));
    }
    expectRefused(await get(`/workbench/bookings/${'a'.repeat(3000)}/calendar.ics`, user.cookie));
    expectRefused(await get('/workbench/bookings/%E0%A4%A/calendar.ics', user.cookie));
  });
});
