import { createTestDatabase, type TestDatabase } from '@wiw/db/testing';
import { loadConfig } from '../src/config/config';
import { prepareDatabase } from '../src/startup/prepare-database';
import { accountsClient } from './support/accounts';
import { DASHBOARD_QUERY, PUBLIC_PANELS } from './support/dashboard';
import { PRODUCTION_ENV, startTestApp, type TestApp } from './support/test-app';

/*
 * The demo as `npm start` makes it: prepareDatabase generates the demo activity (18 months of
 * fictional needs, offers, contact requests and bookings) and the app, started with its refresh
 * job, refreshes the dashboard before it listens. The first answers must show figures and flows,
 * not "< 3" everywhere. A production start never generates the activity, even with demo data on.
 */

const QUIET = { log: () => undefined };

type Count = { value: number | null; suppressed: boolean };
type Flow = { needRegion: string; offerRegion: string; requests: Count; accepted: Count };
type Connections = {
  requests: Count;
  accepted: Count;
  acceptanceRate: { value: number | null; suppressed: boolean };
  crossRegionRequests: Count;
  crossRegionAccepted: Count;
  flows: Flow[];
};
type Panels = { connections: Connections; organisations: { byRegion: Array<{ region: string; total: Count; members: Count; newInPeriod: Count }> } };

const SUEDWESTFALEN = ['HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST'];
const isCross = (flow: Flow) =>
  (flow.needRegion === 'DORTMUND') !== (flow.offerRegion === 'DORTMUND') &&
  [flow.needRegion, flow.offerRegion].every((region) => region === 'DORTMUND' || SUEDWESTFALEN.includes(region));

/** The connections panel shows its KPIs and all ten cross-region flows (Dortmund ↔ each district, both ways) with figures. */
function expectVisibleConnections(panels: Panels): void {
  const { connections } = panels;
  for (const kpi of ['requests', 'accepted', 'acceptanceRate', 'crossRegionRequests', 'crossRegionAccepted'] as const) {
    expect([kpi, connections[kpi].suppressed, (connections[kpi].value ?? 0) > 0]).toEqual([kpi, false, true]);
  }
  const crossFlows = connections.flows.filter((flow) => isCross(flow) && !flow.requests.suppressed && flow.requests.value! > 0);
  expect(crossFlows).toHaveLength(10);
  // Every region's organisations are shown. Members and new ones may be protected where a few of
  // them (or the few registered before the period: total − new) would follow from the others (the
  // stored control; which ones depends on the day the demo was generated), but most regions show them.
  const shown = (count: Count) => !count.suppressed && count.value! > 0;
  expect(panels.organisations.byRegion.filter((row) => shown(row.total)).map((row) => row.region)).toEqual(['DORTMUND', ...SUEDWESTFALEN, 'OTHER']);
  expect(panels.organisations.byRegion.filter((row) => shown(row.members)).length).toBeGreaterThanOrEqual(3);
  const newOnes = panels.organisations.byRegion.map((row) => row.newInPeriod);
  expect(newOnes.every((count) => (count.suppressed ? count.value === null : count.value! > 0))).toBe(true);
  expect(newOnes.filter((count) => !count.suppressed).length).toBeGreaterThanOrEqual(3);
}

describe('the demo activity, as npm start makes it', () => {
  let db: TestDatabase;
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await prepareDatabase(db.database, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      log: (line: unknown) => void lines.push(String(line)),
    });
    // With its refresh job, as in a running portal: the app refreshes once before it listens.
    t = await startTestApp({ database: db.database, env: { DASHBOARD_REFRESH_SECONDS: '50' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('is generated on the first start, labelled fictional, and left alone on the next', async () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Demo activity generated \(fictional, last 18 months\): 160 organisations, 1200 needs, 900 offers, \d{4} contact requests, \d{3,4} workbench bookings, \d{4,5} co-working desk days\.$/,
      ),
    );
    const again: string[] = [];
    await prepareDatabase(db.database, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      log: (line: unknown) => void again.push(String(line)),
    });
    expect(again).toContain('Demo activity present.');
    const generated = await db.database.prisma.organisation.findMany({
      where: { slug: { startsWith: 'fiktiv-' } },
      select: { name: true, isFictional: true },
    });
    expect(generated).toHaveLength(160);
    expect(generated.every((o) => o.isFictional && o.name.endsWith(' (fiktiv)'))).toBe(true);
  });

  it('shows the public figures (/zahlen) with visible connections and cross-region flows at once', async () => {
    for (const period of ['YEAR', 'QUARTER']) {
      const reply = await t.gql<{ publicFigures: Panels & { asOf: string | null } }>(
        `query($period: PublicPeriodKind) { publicFigures(period: $period) { asOf ${PUBLIC_PANELS} } }`,
        { period },
      );
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.publicFigures.asOf).not.toBeNull();
      expectVisibleConnections(reply.body.data!.publicFigures);
      // Most cells clear the threshold: fewer than one in five is hidden ("< 3" or "geschützt").
      const labels = JSON.stringify(reply.body.data).match(/"protection":("SMALL"|"PROTECTED"|null)/g)!;
      expect(labels.filter((label) => !label.endsWith('null')).length / labels.length).toBeLessThan(0.2);
    }
  });

  it('shows co-working use in every region with a demo place', async () => {
    const reply = await t.gql<{ publicFigures: { coworking: { deskDays: Count; byRegion: Array<{ region: string; deskDays: Count }> } } }>(
      `{ publicFigures(period: YEAR) { coworking { deskDays { value suppressed } byRegion { region deskDays { value suppressed } } } } }`,
    );
    const { coworking } = reply.body.data!.publicFigures;
    expect(coworking.deskDays.suppressed).toBe(false);
    expect(coworking.byRegion.filter((row) => !row.deskDays.suppressed && row.deskDays.value! > 0).map((row) => row.region)).toEqual([
      'DORTMUND',
      'HOCHSAUERLANDKREIS',
      'OLPE',
      'SIEGEN_WITTGENSTEIN',
      'SOEST',
    ]);
  });

  it('shows the demo mayor a dashboard with visible connections and cross-region flows', async () => {
    const cookie = await accountsClient(
      () => t,
      () => '',
    ).signedInAs('oberbuergermeister@demo.example.org');
    const reply = await t.gql<{ dashboard: Panels }>(DASHBOARD_QUERY, { filter: { period: 'YEAR' } }, { cookie });
    expect(reply.body.errors).toBeUndefined();
    expectVisibleConnections(reply.body.data!.dashboard);
  });
});

describe('a production start with the demo data switched on', () => {
  it('loads the fictional organisations but never generates the demo activity', async () => {
    const db = await createTestDatabase();
    try {
      await prepareDatabase(db.database, loadConfig({ ...PRODUCTION_ENV, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' }), QUIET);
      const prisma = db.database.prisma;
      expect({
        generated: await prisma.organisation.count({ where: { slug: { startsWith: 'fiktiv-' } } }),
        contactRequests: await prisma.contactRequest.count(),
        slots: await prisma.slot.count(),
        fictional: (await prisma.organisation.count({ where: { isFictional: true } })) > 0,
      }).toEqual({ generated: 0, contactRequests: 0, slots: 0, fictional: true });
    } finally {
      await db.drop();
    }
  });
});
