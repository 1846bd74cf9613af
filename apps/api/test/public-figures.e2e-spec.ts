import { berlinDate } from '@wiw/domain';
import { DASHBOARD_QUERY, PUBLIC_PANELS, startDashboardApp } from './support/dashboard';
import type { TestApp } from './support/test-app';

/*
 * The public figures of /zahlen: anyone may read them, they are the dashboard's own panels (so a
 * cell the dashboard hides is hidden here, with the same label), and they offer nothing a
 * differencing attack could use: whole quarters or years only, no region filter, no custom range.
 */

const PUBLIC_QUERY = `query PublicFigures($period: PublicPeriodKind, $from: Date) {
  publicFigures(period: $period, from: $from) { asOf period { kind from to } ${PUBLIC_PANELS} }
}`;
const PANELS = ['organisations', 'connections', 'topicFields', 'regionContext'] as const;

const today = berlinDate();
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  ({ t, cookie } = await startDashboardApp({ seed: 20261206, today }));
});
afterAll(async () => {
  await t?.close();
});

type Reply = Awaited<ReturnType<TestApp['gql']>>;
const codeOf = (reply: Reply) => (reply.body.errors as Array<{ extensions?: { code?: string } }> | undefined)?.[0]?.extensions?.code;

/** Every `protection` label in an answer, by its path: where the disclosure control hid a cell. */
function protections(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => protections(item, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'protection' && typeof inner === 'string' ? [`${path}=${inner}`] : protections(inner, `${path}.${key}`),
  );
}

describe('public figures (/zahlen)', () => {
  it.each([
    ['YEAR', 'YEAR'],
    ['QUARTER', 'QUARTER'],
  ] as const)('gives anyone the dashboard’s own %s figures for the whole partnership, hidden cells and all', async (period, kind) => {
    const reply = await t.gql<{ publicFigures: Record<string, unknown> }>(PUBLIC_QUERY, { period }, { 'accept-language': 'de' });
    expect(reply.body.errors).toBeUndefined();
    const figures = reply.body.data!.publicFigures;
    const dashboard = (
      await t.gql<{ dashboard: Record<string, unknown> }>(DASHBOARD_QUERY, { filter: { period: kind } }, { cookie, 'accept-language': 'de' })
    ).body.data!.dashboard;
    expect(figures.period).toEqual(dashboard.period);
    for (const panel of PANELS) expect([panel, figures[panel]]).toEqual([panel, dashboard[panel]]);
    if (period === 'YEAR') {
      // The generated data is small enough in places that the control has something to hide.
      expect(protections(PANELS.map((panel) => figures[panel])).length).toBeGreaterThan(0);
    }
  });

  it('takes a day of the wanted year and answers that whole year', async () => {
    const reply = await t.gql<{ publicFigures: { period: unknown } }>(
      `{ publicFigures(period: YEAR, from: "2025-07-14") { period { kind from to } } }`,
    );
    expect(reply.body.data!.publicFigures.period).toEqual({ kind: 'YEAR', from: '2025-01-01', to: '2025-12-31' });
  });

  it('offers no custom range, no region and none of the panels about users’ activity in detail', async () => {
    for (const query of [
      `{ publicFigures(period: CUSTOM) { asOf } }`,
      `{ publicFigures(region: DORTMUND) { asOf } }`,
      `{ publicFigures { skills { published { value } } } }`,
      `{ publicFigures { workbench { bookings { value } } } }`,
    ]) {
      const reply = await t.gql(query);
      expect([query, reply.status < 500, codeOf(reply)]).toEqual([query, true, 'GRAPHQL_VALIDATION_FAILED']);
    }
    expect(codeOf(await t.gql(`{ publicFigures(from: "2026-02-30") { asOf } }`))).toBe('BAD_USER_INPUT');
  });
});
