import { addDays, berlinDate, zonedToInstant } from '@wiw/domain';
import { seedDemoAccounts } from '../src/accounts/demo-accounts';
import { PasswordHasher } from '../src/accounts/password';
import { accountsClient } from './support/accounts';
import { DASHBOARD_QUERY, refreshDashboard, startDashboardApp } from './support/dashboard';
import type { GeneratedData } from './support/dashboard-data';
import {
  expectedDashboard,
  loadBaseTables,
  periodOf,
  revealedSmallCounts,
  type BaseTables,
  type DashboardFilterInput,
  type ExpectedDashboard,
} from './support/dashboard-expected';
import { departures } from './support/dashboard-conformity';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

/*
 * Every figure of the dashboard against a second computation from the base tables
 * (support/dashboard-expected.ts) on generated data (support/dashboard-data.ts), for periods of
 * every kind and several regions; then freshness (nothing before a refresh, everything after)
 * and the "< 3" rule on the wire.
 */

const today = berlinDate();
const year = Number(today.slice(0, 4));

const FILTERS: Array<[string, DashboardFilterInput | null]> = [
  ['no filter: this quarter, whole partnership', null],
  ['MONTH of 40 days ago', { period: 'MONTH', from: addDays(today, -40) }],
  ['QUARTER of today in DORTMUND', { period: 'QUARTER', from: today, region: 'DORTMUND' }],
  ['YEAR before this one', { period: 'YEAR', from: `${year - 1}-06-15` }],
  ['YEAR of today in SIEGEN_WITTGENSTEIN', { period: 'YEAR', region: 'SIEGEN_WITTGENSTEIN' }],
  ['CUSTOM over the end of summer time and the new year', { period: 'CUSTOM', from: `${year - 1}-10-20`, to: `${year}-01-15` }],
  ['the same CUSTOM period for OTHER', { period: 'CUSTOM', from: `${year - 1}-10-20`, to: `${year}-01-15`, region: 'OTHER' }],
  [
    'CUSTOM over the start of summer time in HOCHSAUERLANDKREIS',
    { period: 'CUSTOM', from: `${year - 1}-03-01`, to: `${year - 1}-04-10`, region: 'HOCHSAUERLANDKREIS' },
  ],
  ['QUARTER of 200 days ago in SOEST', { period: 'QUARTER', from: addDays(today, -200), region: 'SOEST' }],
  ['MONTH of 700 days ago: before every statistic', { period: 'MONTH', from: addDays(today, -700) }],
  ['CUSTOM last two weeks in MAERKISCHER_KREIS', { period: 'CUSTOM', from: addDays(today, -14), to: today, region: 'MAERKISCHER_KREIS' }],
];
const PANELS = ['organisations', 'skills', 'connections', 'workbench', 'topicFields', 'regionContext'] as const;

/** First days of the periods and the days after them: generated events sit just around their midnights. */
const EDGE_DAYS = FILTERS.flatMap(([, filter]) => {
  const period = periodOf(filter, today);
  return [period.from, addDays(period.to, 1)];
});

type Answer = ExpectedDashboard;

let t: TestApp;
let cookie: string;
let generated: GeneratedData;
let base: BaseTables;
const answers = new Map<string, Answer>();

beforeAll(async () => {
  ({ t, cookie, generated } = await startDashboardApp({ seed: 20261122, today, edgeDays: EDGE_DAYS }));
  base = await loadBaseTables(t.db.database.prisma);
  for (const [label, filter] of FILTERS) answers.set(label, await dashboard(filter));
});
afterAll(async () => {
  await t?.close();
});

function variables(filter: DashboardFilterInput | null): Record<string, unknown> {
  return filter ? { filter } : {};
}

async function ask<T>(app: TestApp, session: string, query: string, filter: DashboardFilterInput | null): Promise<GraphQLResponse<T>> {
  const reply = await app.gql<T>(query, variables(filter), { cookie: session, 'accept-language': 'de' });
  if (reply.body.errors?.length) throw new Error(`dashboard failed: ${JSON.stringify(reply.body.errors)}`);
  return reply;
}

async function dashboard(filter: DashboardFilterInput | null): Promise<Answer> {
  return (await ask<{ dashboard: Answer }>(t, cookie, DASHBOARD_QUERY, filter)).body.data!.dashboard;
}

describe.each(FILTERS)('%s', (label, filter) => {
  const answer = () => answers.get(label)!;
  const expected = () => expectedDashboard(base, filter, today);

  it('has the period, region and refresh time', () => {
    const { asOf, period, region } = answer();
    expect({ asOf, period, region }).toEqual({ asOf: expected().asOf, period: expected().period, region: expected().region });
    expect(asOf).not.toBeNull();
  });

  it.each(PANELS)('%s equals the computation from the base tables', (panel) => {
    expect(departures(answer()[panel], expected()[panel])).toEqual([]);
  });

  it('never shows a count of 1 or 2, nor a value of a hidden figure', () => {
    expect(revealedSmallCounts(answer())).toEqual([]);
  });
});

describe('the generated data', () => {
  it('reaches hidden cells and cells of 3 or more in every panel with counts', () => {
    for (const panel of ['organisations', 'skills', 'connections', 'workbench', 'regionContext'] as const) {
      const counts = FILTERS.flatMap(
        ([label]) => JSON.stringify(answers.get(label)![panel]).match(/"value":(null,"suppressed":true|\d+,"suppressed":false)/g) ?? [],
      );
      const hidden = counts.filter((c) => c.includes('null')).length;
      const large = counts.filter((c) => /"value":([3-9]|\d\d+),/.test(c)).length;
      expect({ panel, hidden: hidden >= 3, large: large >= 3 }).toEqual({ panel, hidden: true, large: true });
    }
    expect(generated.counts.organisations + generated.counts.needs + generated.counts.contactRequests + generated.counts.bookings).toBeGreaterThan(
      500,
    );
  });
});

describe('freshness', () => {
  const around: DashboardFilterInput = { period: 'CUSTOM', from: addDays(today, -30), to: addDays(today, 30) };

  it('shows new writes only after a refresh, then all of them, with a later asOf', async () => {
    const prisma = t.db.database.prisma;
    const before = expectedDashboard(await loadBaseTables(prisma), around, today);
    expect(departures(await dashboard(around), before)).toEqual([]);

    // A new organisation; a need published; a contact request accepted; a booking marked as a
    // no-show; a booking cancelled (its seat given back, as the booking service does).
    const town = await prisma.municipality.findFirstOrThrow({ where: { regionKey: 'OLPE' } });
    await prisma.organisation.create({
      data: {
        slug: 'kpi-fresh-org',
        name: 'Frisch Registriert GmbH',
        kind: 'COMPANY',
        municipalityId: town.id,
        sortName: 'frisch registriert gmbh',
        searchText: 'frisch registriert',
      },
    });
    const skill = await prisma.skill.findFirstOrThrow({ orderBy: { slug: 'asc' } });
    const need = await prisma.skillNeed.create({
      data: {
        organisationId: generated.companyIds[0]!,
        title: 'Frischer Bedarf',
        description: 'Gerade veröffentlicht.',
        headcount: 1,
        kind: 'EMPLOYMENT',
        municipalityId: town.id,
        remoteMode: 'ONSITE',
        topicFieldKey: 'SKILLED_WORKERS',
        searchText: 'frischer bedarf',
        skills: {
          create: [{ skillId: skill.id, weight: 'REQUIRED', level: 'BASIC', open: false, organisationId: generated.companyIds[0]!, weightTotal: 3 }],
        },
      },
    });
    await prisma.skillNeed.update({
      where: { id: need.id },
      data: { status: 'OPEN', publishedAt: new Date(), expiresAt: new Date(Date.now() + 90 * 86_400_000) },
    });
    await prisma.needSkill.updateMany({ where: { needId: need.id }, data: { open: true } });
    const pending = await prisma.contactRequest.findFirstOrThrow({
      where: { status: 'PENDING', createdAt: { gte: new Date(Date.now() - 20 * 86_400_000) } },
      orderBy: { id: 'asc' },
    });
    await prisma.contactRequest.update({ where: { id: pending.id }, data: { status: 'ACCEPTED', answeredAt: new Date() } });
    const held = await prisma.booking.findFirstOrThrow({
      where: { status: 'CONFIRMED', slot: { formatId: generated.groupFormat.id, startsAt: { lt: new Date() } } },
    });
    await prisma.booking.update({ where: { id: held.id }, data: { status: 'NO_SHOW', attendanceMarkedAt: new Date() } });
    const coming = await prisma.booking.findFirstOrThrow({
      where: { status: 'CONFIRMED', slot: { formatId: generated.groupFormat.id, startsAt: { gt: new Date() } } },
    });
    await prisma.booking.update({
      where: { id: coming.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), cancellationReason: 'Termin passt nicht mehr.' },
    });
    await prisma.slot.update({ where: { id: coming.slotId }, data: { seatsTaken: { decrement: 1 } } });

    const after = expectedDashboard(await loadBaseTables(prisma), around, today);
    const moved = (a: Answer) => ({
      newOrganisations: a.organisations.newInPeriod,
      published: a.skills.published,
      accepted: a.connections.accepted,
      noShows: a.workbench.noShows,
      cancelled: a.workbench.cancelled,
    });
    const plusOne = (figures: ReturnType<typeof moved>) => Object.fromEntries(Object.entries(figures).map(([key, c]) => [key, c.n + 1]));
    expect(Object.fromEntries(Object.entries(moved(after)).map(([key, c]) => [key, c.n]))).toEqual(plusOne(moved(before)));

    // Before a refresh: exactly the old figures and the old asOf.
    expect(departures(await dashboard(around), before)).toEqual([]);
    await refreshDashboard(t);
    const fresh = await dashboard(around);
    expect(Date.parse(fresh.asOf!)).toBeGreaterThan(Date.parse(before.asOf!));
    expect(departures(fresh, { ...after, asOf: fresh.asOf })).toEqual([]);
    expect(departures(fresh, expectedDashboard(await loadBaseTables(prisma), around, today))).toEqual([]);
  });

  it('a portal with DASHBOARD_REFRESH_SECONDS=1 picks up a write by itself within seconds', async () => {
    const other = await startTestApp({ env: { DASHBOARD_REFRESH_SECONDS: '1' } });
    try {
      const prisma = other.db.database.prisma;
      await seedDemoAccounts(prisma, new PasswordHasher());
      const session = await accountsClient(
        () => other,
        () => '',
      ).coordinator();
      const SMALL = `query($filter: DashboardFilter) { dashboard(filter: $filter) { asOf organisations { total { value } } } }`;
      const read = async () =>
        (await ask<{ dashboard: { asOf: string | null; organisations: { total: { value: number } } } }>(other, session, SMALL, { period: 'YEAR' }))
          .body.data!.dashboard;
      const until = async <T>(get: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> => {
        const deadline = Date.now() + ms;
        for (;;) {
          const value = await get();
          if (done(value) || Date.now() > deadline) return value;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      const first = await until(read, (d) => d.asOf !== null);
      expect(first.asOf).not.toBeNull();
      const town = await prisma.municipality.findFirstOrThrow({ where: { regionKey: 'SOEST' } });
      await prisma.organisation.create({
        data: {
          slug: 'kpi-auto-org',
          name: 'Selbst Gezählt GmbH',
          kind: 'COMPANY',
          municipalityId: town.id,
          sortName: 'selbst gezaehlt gmbh',
          searchText: 'selbst gezaehlt',
        },
      });
      const started = Date.now();
      const seen = await until(read, (d) => d.organisations.total.value === first.organisations.total.value + 1);
      expect(seen.organisations.total.value).toBe(first.organisations.total.value + 1);
      expect(Date.parse(seen.asOf!)).toBeGreaterThan(Date.parse(first.asOf!));
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await other.close();
    }
  });
});

describe('"< 3"', () => {
  it('turns a count going from 3 to 2 into "< 3" and keeps its number out of the reply', async () => {
    const prisma = t.db.database.prisma;
    // A month long before the generated data: three companies in one group session.
    const day = '2020-02-12';
    const filter: DashboardFilterInput = { period: 'CUSTOM', from: day, to: day };
    const startsAt = zonedToInstant(day, '10:00');
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    const slot = await prisma.slot.create({
      data: {
        formatId: generated.groupFormat.id,
        advisorId: generated.groupFormat.advisorId,
        startsAt,
        endsAt,
        blockedFrom: startsAt,
        blockedUntil: endsAt,
        capacity: 4,
        seatsTaken: 3,
      },
    });
    // Three companies of one region: the region's figures and the totals are then the same three.
    const located = await prisma.organisation.findMany({
      where: { id: { in: generated.companyIds } },
      select: { id: true, municipality: { select: { regionKey: true } } },
      orderBy: { id: 'asc' },
    });
    const region = located.map((o) => o.municipality.regionKey).find((key, _, all) => all.filter((k) => k === key).length >= 3)!;
    const companies = located
      .filter((o) => o.municipality.regionKey === region)
      .slice(0, 3)
      .map((o) => o.id);
    await prisma.booking.createMany({
      data: companies.map((organisationId) => ({
        slotId: slot.id,
        organisationId,
        agenda: 'Drei Firmen in einer Runde.',
        cancellationDeadlineHours: 24,
        status: 'CONFIRMED' as const,
      })),
    });
    await refreshDashboard(t);
    const WORKBENCH = `query($filter: DashboardFilter) { dashboard(filter: $filter) { workbench { bookings { value suppressed } cancelled { value suppressed } } } }`;
    const shown = await ask<{ dashboard: { workbench: unknown } }>(t, cookie, WORKBENCH, filter);
    expect(shown.body.data!.dashboard.workbench).toEqual({ bookings: { value: 3, suppressed: false }, cancelled: { value: 0, suppressed: false } });

    const last = await prisma.booking.findFirstOrThrow({ where: { slotId: slot.id, organisationId: companies[2]! } });
    await prisma.booking.update({
      where: { id: last.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), cancellationReason: 'Doch nicht.' },
    });
    await prisma.slot.update({ where: { id: slot.id }, data: { seatsTaken: 2 } });
    await refreshDashboard(t);

    const hidden = await ask<{ dashboard: { workbench: unknown } }>(t, cookie, WORKBENCH, filter);
    expect(hidden.body.data!.dashboard.workbench).toEqual({
      bookings: { value: null, suppressed: true },
      cancelled: { value: null, suppressed: true },
    });
    expect(hidden.text).toContain('"bookings":{"value":null,"suppressed":true}');
    expect(hidden.text).not.toMatch(/"value":\s*[12]\b/);

    // The whole dashboard of that day: as computed, and no 1 or 2 anywhere in its text.
    const whole = await ask<{ dashboard: Answer }>(t, cookie, DASHBOARD_QUERY, filter);
    expect(departures(whole.body.data!.dashboard, expectedDashboard(await loadBaseTables(prisma), filter, today))).toEqual([]);
    expect(revealedSmallCounts(whole.body.data!.dashboard)).toEqual([]);
    expect(whole.text).toContain(
      '"workbench":{"bookings":{"value":null,"suppressed":true,"protection":"SMALL"},"cancelled":{"value":null,"suppressed":true,"protection":"SMALL"}',
    );
  });
});
