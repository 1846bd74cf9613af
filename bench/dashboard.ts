// Benchmark: the full partnership dashboard (all six panels) through the GraphQL API (HTTP, signed
// in as the joint office) on a million rows of needs, offers, contact requests and bookings, against
// the same figures computed directly from the base tables (bench/dashboard-base.ts), both measured in
// this run on one PostgreSQL database. Command and figures: docs/PERFORMANCE.md.
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { insertDashboardData, SeededRandom, type PrismaClient, type RegionKey } from '@wiw/db';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { addDays, berlinDate, resolvePeriod, suppressCount, type PeriodKind } from '@wiw/domain';
import { seedDemoAccounts } from '../apps/api/src/accounts/demo-accounts';
import { PasswordHasher } from '../apps/api/src/accounts/password';
import { DASHBOARD_VIEWS, DashboardRefreshService } from '../apps/api/src/dashboard/dashboard-refresh.service';
import type { DashboardScope } from '../apps/api/src/dashboard/models/dashboard.model';
import { connectionsPanel } from '../apps/api/src/dashboard/panels/connections.panel';
import { organisationsPanel } from '../apps/api/src/dashboard/panels/organisations.panel';
import { regionContextPanel } from '../apps/api/src/dashboard/panels/region-context.panel';
import { loadRegions, type RegionInfo } from '../apps/api/src/dashboard/panels/regions';
import { skillsPanel } from '../apps/api/src/dashboard/panels/skills.panel';
import { topicFieldsPanel } from '../apps/api/src/dashboard/panels/topic-fields.panel';
import { workbenchPanel } from '../apps/api/src/dashboard/panels/workbench.panel';
import { DASHBOARD_QUERY } from '../apps/api/test/support/dashboard';
import {
  baseConnections,
  baseDashboard,
  baseOrganisations,
  baseRegionContext,
  baseSkills,
  baseTopicFields,
  baseWorkbench,
  type BaseFigures,
} from './dashboard-base';
import { demoSessionCookie, ms, positiveInt, run, startApi, stats, type Stats } from './support';

const WARMUP = 20;
/** The three refreshes measured: every part of the stored figures decided, none, and those of this year's changes. */
const REFRESHES = ['first: views from the empty template, every part decided', 'unchanged data', 'after new activity this month'] as const;

interface Refresh {
  what: (typeof REFRESHES)[number];
  durationMs: number;
  viewsMs: number;
  decided: number;
  kept: number;
  load: string;
}

const describeRefresh = (x: Refresh) =>
  `${seconds(x.durationMs)} s = views ${seconds(x.viewsMs)} + ${seconds(x.durationMs - x.viewsMs)} s (parts decided ${x.decided}, unchanged ${x.kept}) at load ${x.load}`;

/**
 * What a day of use changes: 20 requests accepted, 20 needs filled, the next 20 bookings cancelled
 * (the newest of each), and the newest organisation becoming a member (which decides the
 * organisations' years again, all of them: their totals are carried from month to month).
 */
async function newActivity(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`UPDATE "Organisation" SET "isMember" = true
    WHERE "id" = (SELECT "id" FROM "Organisation" WHERE NOT "isMember" ORDER BY "createdAt" DESC LIMIT 1)`;
  await prisma.$executeRaw`UPDATE "ContactRequest" SET "status" = 'ACCEPTED'
    WHERE "id" IN (SELECT "id" FROM "ContactRequest" WHERE "status" = 'PENDING' ORDER BY "createdAt" DESC LIMIT 20)`;
  await prisma.$executeRaw`UPDATE "SkillNeed" SET "status" = 'FILLED'
    WHERE "id" IN (SELECT "id" FROM "SkillNeed" WHERE "status" = 'OPEN' ORDER BY "publishedAt" DESC LIMIT 20)`;
  await prisma.$executeRaw`UPDATE "Booking" SET "status" = 'CANCELLED', "cancelledAt" = now() WHERE "id" IN (
    SELECT b."id" FROM "Booking" b JOIN "Slot" s ON s."id" = b."slotId" WHERE b."status" = 'CONFIRMED' AND s."startsAt" > now() ORDER BY s."startsAt" LIMIT 20)`;
}
const HISTORY_DAYS = 3 * 365;
const PERIODS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR', 'CUSTOM'];
const REGIONS: readonly RegionKey[] = ['DORTMUND', 'HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST', 'OTHER'];

interface Filter {
  period: PeriodKind;
  from: string;
  to?: string;
  region: RegionKey | null;
}
type Count = { value: number | null };
interface DashboardReply {
  organisations: { total: Count; members: Count; newInPeriod: Count };
  skills: { published: Count; open: Count; filled: Count; largestGaps: Array<{ skill: { slug: string }; demand: Count; supply: Count }> };
  connections: { requests: Count; accepted: Count; crossRegionRequests: Count };
  workbench: { bookings: Count; cancelled: Count; attended: Count; noShows: Count; utilisation: { basis: Count } };
}

/** One line per phase on stderr, redrawn in place on a terminal: bar, count, seconds since the start. */
function progressBar(started: number): (done: number, total: number, what: string) => void {
  return (done, total, what) => {
    const share = total === 0 ? 1 : done / total;
    const bar = '█'.repeat(Math.round(share * 24)).padEnd(24, '░');
    const line = `${bar} ${String(Math.round(share * 100)).padStart(3)} %  ${what} ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${((Date.now() - started) / 1000).toFixed(0)} s`;
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${line}${done === total ? '\n' : ''}`);
    else if (done === total) process.stderr.write(`${line}\n`);
  };
}

/** Random filters: a period kind, a reference day in the last three years, the whole partnership or one region. */
function randomFilters(count: number, seed: number, today: string): Filter[] {
  const rnd = new SeededRandom(seed);
  return Array.from({ length: count }, () => {
    const period = rnd.pick(PERIODS);
    const from = addDays(today, -rnd.int(0, HISTORY_DAYS - 1));
    const region = rnd.next() < 0.4 ? null : rnd.pick(REGIONS);
    return period === 'CUSTOM' ? { period, from, to: addDays(from, rnd.int(6, 400)), region } : { period, from, region };
  });
}

const scopeOf = (filter: Filter, today: string): DashboardScope => ({
  period: resolvePeriod({ kind: filter.period, reference: today, from: filter.from, to: filter.to }),
  region: filter.region,
  today,
});

/** Fails loudly when the dashboard and the base tables disagree on a headline figure. */
function compare(filter: Filter, reply: DashboardReply, base: BaseFigures): void {
  const shown = (n: number) => suppressCount(n).value;
  const wrong: string[] = [];
  // A figure the dashboard hides (null: "< 3", or hidden so it cannot be worked out from its row or column) is not compared.
  const check = (name: string, dashboard: unknown, expected: unknown) => {
    if (dashboard !== null && dashboard !== expected) wrong.push(`  ${name}: dashboard ${String(dashboard)}, base tables ${String(expected)}`);
  };
  for (const section of ['organisations', 'skills', 'connections', 'workbench'] as const) {
    const figures = reply[section] as unknown as Record<string, Count | undefined>;
    for (const [key, n] of Object.entries(base[section])) check(`${section}.${key}`, figures[key]?.value, shown(n));
  }
  check('workbench.utilisation.basis', reply.workbench.utilisation.basis.value, shown(base.seats));
  const gap = reply.skills.largestGaps[0];
  check(
    'skills.largestGaps[0]',
    gap ? `${gap.skill.slug} ${gap.demand.value ?? 'hidden'}` : 'none',
    base.largestGap ? `${base.largestGap.slug} ${gap?.demand.value === null ? 'hidden' : shown(base.largestGap.demand)}` : 'none',
  );
  if (wrong.length) throw new Error(`The dashboard and the base tables disagree for ${JSON.stringify(filter)}:\n${wrong.join('\n')}`);
}

/** Each panel alone, on the views (the API's panel functions) and on the base tables. */
function panels(
  prisma: PrismaClient,
  regions: RegionInfo[],
): Array<{ name: string; views: (scope: DashboardScope) => Promise<unknown>; base: (scope: DashboardScope) => Promise<unknown> }> {
  return [
    { name: 'organisations', views: (s) => organisationsPanel(prisma, s, regions), base: (s) => baseOrganisations(prisma, s) },
    { name: 'skills', views: (s) => skillsPanel(prisma, s, regions, 'de'), base: (s) => baseSkills(prisma, s) },
    { name: 'connections', views: (s) => connectionsPanel(prisma, s, regions), base: (s) => baseConnections(prisma, s, regions) },
    { name: 'workbench', views: (s) => workbenchPanel(prisma, s), base: (s) => baseWorkbench(prisma, s) },
    { name: 'topicFields', views: (s) => topicFieldsPanel(prisma, s, regions), base: (s) => baseTopicFields(prisma, s) },
    { name: 'regionContext', views: (s) => regionContextPanel(prisma, s, regions), base: (s) => baseRegionContext(prisma, s, regions) },
  ];
}

async function timed<T>(work: () => Promise<T>, into: number[] | null): Promise<T> {
  const start = performance.now();
  const result = await work();
  into?.push(performance.now() - start);
  return result;
}

const row = (name: string, s: Stats) =>
  `| ${name.padEnd(30)} | ${ms(s.p50).padStart(7)} | ${ms(s.p95).padStart(7)} | ${ms(s.p99).padStart(7)} | ${ms(s.mean).padStart(7)} |`;
const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      needs: { type: 'string', default: '250000' },
      offers: { type: 'string', default: '250000' },
      contacts: { type: 'string', default: '250000' },
      bookings: { type: 'string', default: '250000' },
      requests: { type: 'string', default: '200' },
      'panel-requests': { type: 'string', default: '50' },
      seed: { type: 'string', default: '42' },
      'keep-database': { type: 'boolean', default: false },
    },
  });
  const options = {
    needs: positiveInt(values.needs, '--needs'),
    offers: positiveInt(values.offers, '--offers'),
    contactRequests: positiveInt(values.contacts, '--contacts'),
    bookings: positiveInt(values.bookings, '--bookings'),
    seed: positiveInt(values.seed, '--seed'),
  };
  const [requests, panelRequests] = [positiveInt(values.requests, '--requests'), positiveInt(values['panel-requests'], '--panel-requests')];
  if (testDatabaseKind() !== 'postgres')
    throw new Error('This benchmark needs DATABASE_URL of a PostgreSQL server (run it through packages/db/bin/with-postgres.mjs).');
  const started = Date.now();
  const db = await createTestDatabase();
  const prisma = db.database.prisma;
  let app: NestFastifyApplication | undefined;
  try {
    const counts = await insertDashboardData(prisma, options, progressBar(started));
    const generationSeconds = (Date.now() - started) / 1000;
    console.error(`data set generated in ${generationSeconds.toFixed(0)} s`);
    await seedDemoAccounts(prisma, new PasswordHasher());

    const api = await startApi(db.database, { RATE_LIMIT_PER_MINUTE: '1000000' });
    app = api.app;
    // The staleness budget: all views refreshed CONCURRENTLY in one transaction, as the job does every 30 s.
    const refresher = app.get(DashboardRefreshService);
    // Baseline: the views alone (the refresh before the figures and control were stored), measured inside each refresh.
    const refreshes: Refresh[] = [];
    for (const [i, what] of REFRESHES.entries()) {
      if (i === 2) await newActivity(prisma);
      const result = await refresher.refresh();
      if (!result) throw new Error('Another process holds the refresh lock.');
      refreshes.push({ what, durationMs: result.durationMs, viewsMs: result.viewsMs, ...result.control, load: load() });
      console.error(`refresh ${i + 1} (${what}): ${describeRefresh(refreshes.at(-1)!)}`);
    }
    for (const view of DASHBOARD_VIEWS) await prisma.$executeRawUnsafe(`ANALYZE "${view}"`);
    const viewRows = await prisma.$queryRawUnsafe<Array<{ view: string; rows: number; size: string }>>(
      `SELECT relname AS view, reltuples::int AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
      [...DASHBOARD_VIEWS],
    );

    const cookie = await demoSessionCookie(api.url, 'geschaeftsstelle@demo.example.org');
    const viaGraphql = async (filter: Filter): Promise<DashboardReply> => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: DASHBOARD_QUERY, variables: { filter } }),
      });
      const body = (await response.json()) as { data?: { dashboard: DashboardReply }; errors?: unknown[] };
      if (!response.ok || body.errors || !body.data) throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body.errors)}`);
      return body.data.dashboard;
    };

    const today = berlinDate();
    const regions = await loadRegions(prisma);
    const filters = randomFilters(WARMUP + requests, options.seed, today);
    const samples = { graphql: [] as number[], base: [] as number[] };
    const loadBefore = load();
    for (const [index, filter] of filters.entries()) {
      const measured = index >= WARMUP;
      const scope = scopeOf(filter, today);
      // Interleaved, alternating which goes first, so caching and load affect both alike.
      const graphqlFirst = index % 2 === 0;
      let reply: DashboardReply | undefined;
      let base: BaseFigures | undefined;
      const graphql = async () => {
        reply = await timed(() => viaGraphql(filter), measured ? samples.graphql : null);
      };
      const sql = async () => {
        base = await timed(() => baseDashboard(prisma, scope, regions), measured ? samples.base : null);
      };
      for (const step of graphqlFirst ? [graphql, sql] : [sql, graphql]) await step();
      // Checked on every warm-up filter (20 different periods and regions), not in the measured loop.
      if (!measured) compare(filter, reply!, base!);
      if (index === 0)
        console.error(
          `figures agree for ${JSON.stringify(filter)}: ${base!.skills.published} needs, ${base!.connections.requests} contact requests, ${base!.workbench.bookings} bookings`,
        );
    }
    const loadAfter = load();
    // The same requests once more, back to back without the base-table queries between them (which
    // load the database and this process's heap): the request's own tail.
    const alone: number[] = [];
    for (const filter of filters.slice(WARMUP)) await timed(() => viaGraphql(filter), alone);

    // Each panel alone, sequentially, on the first filters of the measured mix.
    const perPanel = panels(prisma, regions).map((panel) => ({ ...panel, viewSamples: [] as number[], baseSamples: [] as number[] }));
    for (const filter of filters.slice(WARMUP, WARMUP + panelRequests)) {
      const scope = scopeOf(filter, today);
      for (const panel of perPanel) {
        await timed(() => panel.views(scope), panel.viewSamples);
        await timed(() => panel.base(scope), panel.baseSamples);
      }
    }

    const [g, b] = [stats(samples.graphql), stats(samples.base)];
    const [{ version }] = await prisma.$queryRaw<[{ version: string }]>`SELECT split_part(version(), ' on ', 1) AS version`;
    const million = counts.needs + counts.offers + counts.contactRequests + counts.bookings;
    console.log(`${version}; ${os.cpus().length} cores; load average ${loadBefore} before, ${loadAfter} after the measured requests`);
    console.log(
      `data set (seed ${options.seed}): ${million.toLocaleString('en')} rows = ${counts.needs} needs + ${counts.offers} offers + ${counts.contactRequests} contact requests + ${counts.bookings} bookings;`,
    );
    console.log(
      `  besides: ${counts.needSkills} need skills, ${counts.offerSkills} offer skills, ${counts.slots} slots, ${counts.formats} formats of ${counts.advisors} advisors, ${counts.organisations} generated organisations`,
    );
    console.log(`generated in ${generationSeconds.toFixed(0)} s; refresh = views + stored figures and control:`);
    for (const x of refreshes) console.log(`  ${x.what}: ${describeRefresh(x)}`);
    console.log(`views: ${viewRows.map((v) => `${v.view} ${v.rows} rows ${v.size}`).join('; ')}`);
    console.log(
      `${requests} requests after ${WARMUP} warm-up, random filters (period MONTH/QUARTER/YEAR/CUSTOM, reference day in the last 3 years, region or none); ms:`,
    );
    console.log(`| ${'measured'.padEnd(30)} |     p50 |     p95 |     p99 |    mean |`);
    console.log(`|${'-'.repeat(32)}|--------:|--------:|--------:|--------:|`);
    console.log(row('dashboard (GraphQL, HTTP)', g));
    console.log(row('base tables (SQL, all panels)', b));
    console.log(row('dashboard, back to back', stats(alone)));
    console.log(`each panel alone, ${Math.min(panelRequests, requests)} filters; ms:`);
    for (const panel of perPanel) {
      console.log(row(`${panel.name}: views`, stats(panel.viewSamples)));
      console.log(row(`${panel.name}: base tables`, stats(panel.baseSamples)));
    }
    const [first, , last] = refreshes as [Refresh, Refresh, Refresh];
    console.log(
      `dashboard: p99_ms=${ms(g.p99)} alone_p99_ms=${ms(stats(alone).p99)} base_tables_p99_ms=${ms(b.p99)} (load ${loadBefore}–${loadAfter}) refresh_s=${seconds(last.durationMs)} views_only_refresh_s=${seconds(last.viewsMs)} (load ${last.load}) first_refresh_s=${seconds(first.durationMs)}`,
    );
  } finally {
    await app?.close();
    // Kept for EXPLAIN ANALYZE afterwards (only useful on a server that outlives the run: DATABASE_URL set).
    if (values['keep-database']) console.error(`database kept: ${db.url}`);
    else await db.drop();
  }
}

run(main);
