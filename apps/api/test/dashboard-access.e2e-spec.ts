import { createDatabase } from '@wiw/db';
import { testDatabaseKind } from '@wiw/db/testing';
import { berlinDate } from '@wiw/domain';
import { seedDemoAccounts } from '../src/accounts/demo-accounts';
import { PasswordHasher } from '../src/accounts/password';
import { DashboardRefreshService } from '../src/dashboard/dashboard-refresh.service';
import { accountsClient, PASSWORD, SIGN_IN } from './support/accounts';
import { DASHBOARD_QUERY, refreshDashboard } from './support/dashboard';
import { useDemoApp } from './support/demo-app';
import { startTestApp } from './support/test-app';

const { app, municipality: dortmund } = useDemoApp();

const { call, signedIn, signedInAs, coordinator } = accountsClient(app, dortmund);
const SMALL = `query($filter: DashboardFilter) { dashboard(filter: $filter) { asOf region period { kind from to } organisations { total { value suppressed } } } }`;
const codeOf = (reply: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => reply.body.errors?.[0]?.extensions?.code;

describe('who sees the dashboard', () => {
  it('the mayor (through his office), a district head, the joint office and administrators', async () => {
    await refreshDashboard(app());
    for (const email of ['oberbuergermeister@demo.example.org', 'landrat@demo.example.org', 'admin@demo.example.org']) {
      const reply = await call(SMALL, {}, await signedInAs(email));
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data?.dashboard).toMatchObject({ organisations: { total: { suppressed: false } } });
    }
    expect((await call(DASHBOARD_QUERY, {}, await coordinator())).body.errors).toBeUndefined();
  });

  it('nobody else: not anonymous callers, companies or advisors, not even for a single panel', async () => {
    expect(codeOf(await call(SMALL))).toBe('UNAUTHENTICATED');
    for (const email of ['velkamp@demo.example.org', 'kalthoefer@demo.example.org', 'beratung@demo.example.org']) {
      const cookie = await signedInAs(email);
      for (const document of [SMALL, DASHBOARD_QUERY, '{ dashboard { workbench { bookings { value } } } }', '{ dashboard { asOf } }']) {
        const reply = await call(document, {}, cookie);
        expect(codeOf(reply)).toBe('FORBIDDEN');
        expect(reply.body.data ?? null).toBeNull();
      }
    }
    const company = await signedIn();
    expect(codeOf(await call(SMALL, {}, company.cookie))).toBe('FORBIDDEN');
  });

  it('not a former mayor: the role goes with the office to the successor', async () => {
    const prisma = app().db.database.prisma;
    const cityId = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'stadt-dortmund' } })).id;
    const office = await coordinator();
    const created = await call(
      `mutation($org: ID!) { createOffice(input: { organisationId: $org, titleDe: "Bürgermeisterin (Dashboard-Test)", titleEn: "Mayor (dashboard test)" }) { id } }`,
      { org: cityId },
      office,
    );
    const officeId = (created.body.data?.createOffice as { id: string }).id;
    const staff = async () => {
      const person = await signedIn();
      const user = await prisma.user.findUniqueOrThrow({ where: { email: person.email } });
      await prisma.membership.create({ data: { userId: user.id, organisationId: cityId, role: 'MEMBER' } });
      return { ...person, userId: user.id };
    };
    const [first, second] = [await staff(), await staff()];
    const handOver = (userId: string) =>
      call(`mutation($o: ID!, $u: ID!) { handOverOffice(officeId: $o, successorUserId: $u) { id } }`, { o: officeId, u: userId }, office);
    await handOver(first.userId);
    expect((await call(SMALL, {}, first.cookie)).body.errors).toBeUndefined();
    await handOver(second.userId);
    expect(codeOf(await call(SMALL, {}, first.cookie))).toBe('UNAUTHENTICATED');
    const again = await call(SIGN_IN, { input: { email: first.email, password: PASSWORD } });
    expect(codeOf(await call(SMALL, {}, again.cookies[0]!.split(';')[0]))).toBe('FORBIDDEN');
    expect((await call(SMALL, {}, second.cookie)).body.errors).toBeUndefined();
  });
});

describe('periods', () => {
  it('defaults to the current quarter in Berlin and resolves months, quarters and years around a day', async () => {
    const cookie = await coordinator();
    const today = berlinDate();
    const month = Number(today.slice(5, 7));
    const quarterStart = `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    expect((await call(SMALL, {}, cookie)).body.data?.dashboard).toMatchObject({ period: { kind: 'QUARTER', from: quarterStart }, region: null });
    const at = async (filter: Record<string, unknown>) =>
      ((await call(SMALL, { filter }, cookie)).body.data?.dashboard as { period: unknown }).period;
    expect(await at({ period: 'MONTH', from: '2028-02-10' })).toEqual({ kind: 'MONTH', from: '2028-02-01', to: '2028-02-29' });
    expect(await at({ period: 'QUARTER', from: '2026-08-31' })).toEqual({ kind: 'QUARTER', from: '2026-07-01', to: '2026-09-30' });
    expect(await at({ period: 'YEAR', from: '2025-12-31' })).toEqual({ kind: 'YEAR', from: '2025-01-01', to: '2025-12-31' });
    // Custom periods are widened to whole months (the disclosure control's time pieces).
    expect(await at({ period: 'CUSTOM', from: '2026-03-29', to: '2026-03-29' })).toEqual({ kind: 'CUSTOM', from: '2026-03-01', to: '2026-03-31' });
  });

  it('refuses bad periods and regions with a typed error in German and English', async () => {
    const cookie = await coordinator();
    const refused = async (filter: Record<string, unknown>, language = 'de') => {
      const reply = await call(SMALL, { filter }, cookie, language);
      expect(reply.status).toBeLessThan(500);
      return {
        code: codeOf(reply),
        message: reply.body.errors?.[0]?.message,
        reason: (reply.body.errors?.[0]?.extensions?.details as { reason?: string } | undefined)?.reason,
      };
    };
    expect(await refused({ period: 'CUSTOM', from: '2026-01-01' })).toMatchObject({
      code: 'DASHBOARD_PERIOD_INVALID',
      message: 'Für einen eigenen Zeitraum sind Beginn und Ende nötig.',
    });
    expect(await refused({ period: 'CUSTOM', from: '2026-02-01', to: '2026-01-31' }, 'en')).toMatchObject({
      code: 'DASHBOARD_PERIOD_INVALID',
      message: 'The end of the period lies before its start.',
    });
    expect(await refused({ period: 'CUSTOM', from: '1990-01-01', to: '2026-01-31' })).toMatchObject({ code: 'DASHBOARD_PERIOD_INVALID' });
    expect((await refused({ period: 'CUSTOM', from: '2026-02-30', to: '2026-03-01' })).code).toBe('BAD_USER_INPUT');
    expect((await refused({ period: 'WEEK' })).code).toBe('BAD_USER_INPUT');
    expect((await refused({ region: 'MUENSTER' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('refreshing', () => {
  it('has no "as of" before the first refresh, and the time of the refresh after it', async () => {
    const fresh = await startTestApp();
    try {
      const admin = accountsClient(() => fresh, dortmund);
      await seedDemoAccounts(fresh.db.database.prisma, new PasswordHasher());
      const cookie = await admin.signedInAs('admin@demo.example.org');
      expect((await admin.call(SMALL, {}, cookie)).body.data?.dashboard).toMatchObject({ asOf: null, organisations: { total: { value: 0 } } });
      const before = Date.now();
      await refreshDashboard(fresh);
      const after = (await admin.call(SMALL, {}, cookie)).body.data?.dashboard as { asOf: string; organisations: { total: { value: number } } };
      expect(Date.parse(after.asOf)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(after.asOf)).toBeLessThanOrEqual(Date.now());
      expect(after.organisations.total.value).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });

  // Another replica needs its own connection; the embedded PGlite has only one.
  const onServer = testDatabaseKind() === 'postgres' ? it : it.skip;
  onServer('leaves the refresh to whoever holds the lock (another replica), and readers are never blocked meanwhile', async () => {
    const replica = await createDatabase({ kind: 'postgres', url: app().db.url! });
    const prisma = replica.prisma;
    const service = app().app.get(DashboardRefreshService);
    await service.refresh();
    const asOf = await service.asOf();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const other = prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dashboard-refresh'))`;
        locked();
        await held;
      },
      { timeout: 30_000 },
    );
    await isLocked;
    expect(await service.refresh()).toBeNull();
    expect(await service.asOf()).toEqual(asOf);
    release();
    await other;
    await replica.close();

    const cookie = await coordinator();
    const [result, ...readers] = await Promise.all([service.refresh(), ...Array.from({ length: 8 }, () => call(DASHBOARD_QUERY, {}, cookie))]);
    expect(result?.refreshedAt.getTime()).toBeGreaterThan(asOf!.getTime());
    for (const reader of readers) expect(reader.body.errors).toBeUndefined();
  });

  it('skips a due refresh when another replica refreshed moments ago', async () => {
    const service = app().app.get(DashboardRefreshService);
    await service.refresh();
    const asOf = await service.asOf();
    expect(await service.refreshIfDue(15_000)).toBeNull();
    expect(await service.asOf()).toEqual(asOf);
    expect(await service.refreshIfDue(0)).not.toBeNull();
  });
});
