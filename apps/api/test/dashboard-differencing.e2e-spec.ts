import { addDays, berlinDate } from '@wiw/domain';
import { DASHBOARD_QUERY, PUBLIC_PANELS, startDashboardApp } from './support/dashboard';
import { REGIONS } from './support/dashboard-data';
import type { DashboardFilterInput } from './support/dashboard-expected';
import { Attacker, type Count } from './support/differencing';
import type { TestApp } from './support/test-app';

/*
 * The differencing attacks on the dashboard's disclosure control, through GraphQL on generated
 * data: answers for the same period requested region by region, custom periods a day apart, and
 * the differences inside one row (requests − accepted). Each answer is fine on its own; the test
 * fails if the answers together let anyone derive a hidden count.
 */

type Figures = Record<string, Count>;
interface Answer {
  // Absent from the public figures: learn() skips them.
  period: { kind: string; from: string; to: string };
  organisations: Figures & {
    byRegion: Array<Figures & { region: string }>;
    bySide: Array<Figures & { side: string | null }>;
    byKind: Array<Figures & { kind: string }>;
  };
  skills?: Figures & { byTopicField: Array<Figures & { topicField: string }>; byCategory: Array<Figures & { category: string }> };
  connections: Figures & { flows: Array<Figures & { needRegion: string; offerRegion: string }> };
  workbench?: Figures & { byTopicField: Array<Figures & { topicField: string }>; byOrganisation: Array<Figures & { organisationId: string }> };
}

const SIDE: Record<string, string | null> = { DORTMUND: 'DORTMUND', OTHER: null };
const sideOf = (region: string) => (region in SIDE ? SIDE[region]! : 'SUEDWESTFALEN');
const cross = (a: string, b: string) => sideOf(a) !== null && sideOf(b) !== null && sideOf(a) !== sideOf(b);
const ORG = ['total', 'members', 'newInPeriod'];
const NEEDS = ['published', 'open', 'filled'];
const CONTACTS = ['requests', 'accepted'];
const BOOKINGS = ['bookings', 'cancelled', 'attended', 'noShows'];
const ALL = '*';

const today = berlinDate();
const kindsSeen = new Set<string>();
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  ({ t, cookie } = await startDashboardApp({ seed: 20261205, today }));
});
afterAll(async () => {
  await t?.close();
});

const PUBLIC_QUERY = `query PublicFigures($period: PublicPeriodKind, $from: Date) {
  publicFigures(period: $period, from: $from) { period { kind from to } ${PUBLIC_PANELS} }
}`;

async function publicFigures(period: string, from: string): Promise<Answer> {
  const reply = await t.gql<{ publicFigures: Answer }>(PUBLIC_QUERY, { period, from }, { 'accept-language': 'de' });
  if (reply.body.errors?.length) throw new Error(`publicFigures failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data!.publicFigures;
}

async function dashboard(filter: DashboardFilterInput): Promise<Answer> {
  const reply = await t.gql<{ dashboard: Answer }>(DASHBOARD_QUERY, { filter }, { cookie, 'accept-language': 'de' });
  if (reply.body.errors?.length) throw new Error(`dashboard failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data!.dashboard;
}

const periodKey = (answer: Answer) => `${answer.period.from}..${answer.period.to}`;

/** What one answer for `region` (ALL for the whole partnership) tells, and how its figures add up. */
function learn(attacker: Attacker, answer: Answer, region: string): void {
  const p = periodKey(answer);
  const { organisations: o, connections: c, workbench: w, skills: s } = answer;
  for (const column of ORG) {
    const v = (r: string, kind: string) => `org|${p}|${column}|${r}|${kind}`;
    attacker.see(v(region, ALL), o[column]);
    for (const row of o.byRegion) attacker.see(v(row.region, ALL), row[column]);
    // In a region's answer its side is the region alone.
    for (const row of o.bySide) attacker.see(region === ALL ? `org|${p}|${column}|side:${row.side}` : v(region, ALL), row[column]);
    for (const row of o.byKind) attacker.see(v(region, row.kind), row[column]);
    // A kind missing from a region's answer has no organisation there.
    if (region !== ALL)
      for (const kind of kindsSeen)
        if (!o.byKind.some((row) => row.kind === kind)) attacker.see(v(region, kind), { value: 0, suppressed: false });
        else for (const row of o.byKind) kindsSeen.add(row.kind);
    attacker.sum(
      v(region, ALL),
      o.byKind.map((row) => v(region, row.kind)),
    );
    if (region !== ALL) continue;
    attacker.sum(
      v(ALL, ALL),
      REGIONS.map((r) => v(r, ALL)),
    );
    for (const side of ['DORTMUND', 'SUEDWESTFALEN', null])
      attacker.sum(
        `org|${p}|${column}|side:${side}`,
        REGIONS.filter((r) => sideOf(r) === side).map((r) => v(r, ALL)),
      );
    for (const row of o.byKind)
      attacker.sum(
        v(ALL, row.kind),
        REGIONS.map((r) => v(r, row.kind)),
      );
  }
  for (const r of [region, ...(region === ALL ? REGIONS : [])]) {
    const v = (column: string, kind = ALL) => `org|${p}|${column}|${r}|${kind}`;
    attacker.sumWithRest(v('total'), [v('members')], `org|${p}|non-members|${r}`);
    attacker.sumWithRest(v('total'), [v('newInPeriod')], `org|${p}|before|${r}`);
  }
  for (const column of CONTACTS) {
    const cell = (a: string, b: string) => `con|${p}|${column}|${a}>${b}`;
    const touching = c.flows.filter((f) => region === ALL || f.needRegion === region || f.offerRegion === region);
    for (const f of touching) attacker.see(cell(f.needRegion, f.offerRegion), f[column]);
    const totals = column === 'requests' ? ['requests', 'crossRegionRequests'] : ['accepted', 'crossRegionAccepted'];
    attacker.see(`con|${p}|${column}|all|${region}`, c[totals[0]!]);
    attacker.see(`con|${p}|${column}|cross|${region}`, c[totals[1]!]);
    attacker.sum(
      `con|${p}|${column}|all|${region}`,
      touching.map((f) => cell(f.needRegion, f.offerRegion)),
    );
    const crossing = touching.filter((f) => cross(f.needRegion, f.offerRegion));
    attacker.sum(
      `con|${p}|${column}|cross|${region}`,
      crossing.map((f) => cell(f.needRegion, f.offerRegion)),
    );
  }
  for (const f of c.flows)
    attacker.sumWithRest(
      `con|${p}|requests|${f.needRegion}>${f.offerRegion}`,
      [`con|${p}|accepted|${f.needRegion}>${f.offerRegion}`],
      `con|${p}|unanswered|${f.needRegion}>${f.offerRegion}`,
    );
  for (const scope of ['all', 'cross'])
    attacker.sumWithRest(`con|${p}|requests|${scope}|${region}`, [`con|${p}|accepted|${scope}|${region}`], `con|${p}|unanswered|${scope}|${region}`);
  // The public figures (/zahlen) have no workbench and no skills.
  if (w)
    for (const column of BOOKINGS) {
      attacker.see(`wb|${p}|${column}|${region}`, w[column]);
      const fields = breakdown(attacker, `wb|${p}|${column}|${region}`, w.byTopicField, (row) => row.topicField, column);
      const organisations = breakdown(attacker, `wb|${p}|${column}|${region}`, w.byOrganisation, (row) => `org:${row.organisationId}`, column);
      if (region === ALL) sumsOverRegions(attacker, `wb|${p}|${column}`, [...fields, ...organisations]);
    }
  if (w)
    attacker.sumWithRest(`wb|${p}|bookings|${region}`, [`wb|${p}|attended|${region}`, `wb|${p}|noShows|${region}`], `wb|${p}|upcoming|${region}`);
  if (s)
    for (const column of NEEDS) {
      attacker.see(`sk|${p}|${column}|${region}`, s[column]);
      const fields = breakdown(attacker, `sk|${p}|${column}|${region}`, s.byTopicField, (row) => row.topicField, column);
      for (const row of s.byCategory) attacker.see(`sk|${p}|${column}|${region}|cat:${row.category}`, row[column]);
      if (region === ALL) sumsOverRegions(attacker, `sk|${p}|${column}`, [...fields, ...s.byCategory.map((row) => `cat:${row.category}`)]);
    }
}

/** Rows of an answer under `total` (each seen, and adding up to it); returns their names. */
function breakdown<R extends Figures>(attacker: Attacker, total: string, rows: R[], name: (row: R) => string, column: string): string[] {
  for (const row of rows) attacker.see(`${total}|${name(row)}`, row[column]);
  attacker.sum(
    total,
    rows.map((row) => `${total}|${name(row)}`),
  );
  return rows.map(name);
}

/** In the whole partnership's answer: the total and each of `parts` are the sums of the regions' ones. */
function sumsOverRegions(attacker: Attacker, prefix: string, parts: string[]): void {
  attacker.sum(
    `${prefix}|${ALL}`,
    REGIONS.map((r) => `${prefix}|${r}`),
  );
  for (const part of parts)
    attacker.sum(
      `${prefix}|${ALL}|${part}`,
      REGIONS.map((r) => `${prefix}|${r}|${part}`),
    );
}

/** Figures counting events inside the period: a longer period is a shorter one plus the days between. */
function additive(answer: Answer): Record<string, Count> {
  const p = periodKey(answer);
  const figures: Record<string, Count> = {};
  for (const row of answer.organisations.byKind) figures[`org|newInPeriod|${row.kind}`] = row.newInPeriod!;
  for (const f of answer.connections.flows) for (const column of CONTACTS) figures[`con|${column}|${f.needRegion}>${f.offerRegion}`] = f[column]!;
  for (const row of answer.workbench?.byOrganisation ?? [])
    for (const column of BOOKINGS) figures[`wb|${column}|org:${row.organisationId}`] = row[column]!;
  for (const row of answer.skills?.byTopicField ?? []) for (const column of NEEDS) figures[`sk|${column}|${row.topicField}`] = row[column]!;
  return Object.fromEntries(Object.entries(figures).map(([key, count]) => [`${key}|${p}`, count]));
}

/**
 * The period `whole` (a key "from..to") is the consecutive periods `parts`: every figure of it the
 * parts' sum, the cumulative ones (organisations up to the period's end) its last part's, and the
 * organisations registered before a part are the total at the end of the part before.
 */
function splits(attacker: Attacker, whole: string, parts: string[]): void {
  for (const variable of attacker.variables().filter((v) => v.split('|')[1] === whole)) {
    const at = (part: string) => variable.replace(`|${whole}|`, `|${part}|`);
    const column = variable.split('|')[2]!;
    if (variable.startsWith('org|') && column === 'before') attacker.sum(variable, [at(parts[0]!)]);
    else if (variable.startsWith('org|') && column !== 'newInPeriod') attacker.sum(variable, [at(parts.at(-1)!)]);
    else
      attacker.sum(
        variable,
        parts.map((part) => at(part)),
      );
  }
  for (const [i, part] of parts.entries())
    for (const variable of attacker.variables().filter((v) => v.startsWith(`org|${part}|before|`)))
      if (i > 0) attacker.sum(variable, [`${variable.replace(`|${part}|before|`, `|${parts[i - 1]}|total|`)}|${ALL}`]);
}

const PERIODS: Array<[string, DashboardFilterInput]> = [
  ['this quarter', { period: 'QUARTER' }],
  ['last year', { period: 'YEAR', from: `${Number(today.slice(0, 4)) - 1}-06-15` }],
  ['the month of 40 days ago', { period: 'MONTH', from: addDays(today, -40) }],
];

describe('differencing attacks', () => {
  it.each(PERIODS)('regions requested separately, with the rows of each answer, reveal no hidden count: %s', async (_label, filter) => {
    const attacker = new Attacker();
    learn(attacker, await dashboard(filter), ALL);
    for (const region of REGIONS) learn(attacker, await dashboard({ ...filter, region }), region);
    expect(attacker.conflicts).toEqual([]);
    expect(attacker.hiddenCount).toBeGreaterThan(20);
    expect(attacker.disclosures()).toEqual([]);
  });

  it('custom periods a day apart reveal no hidden count of the days between', async () => {
    const attacker = new Attacker();
    const firstOf = (day: string) => `${day.slice(0, 7)}-01`;
    const start = firstOf(addDays(today, -150));
    const end = firstOf(addDays(today, -30));
    const answers: Answer[] = [];
    // Fifteen starts a day apart over the first of a month, the same end; eight ends a day apart over another.
    for (let shift = 0; shift < 15; shift += 1) answers.push(await dashboard({ period: 'CUSTOM', from: addDays(start, shift - 7), to: end }));
    for (let shift = 0; shift < 8; shift += 1) answers.push(await dashboard({ period: 'CUSTOM', from: start, to: addDays(end, 3 - shift) }));
    let hidden = 0;
    for (const answer of answers) {
      for (const [variable, count] of Object.entries(additive(answer))) {
        attacker.see(variable, count);
        if (count.suppressed) hidden += 1;
      }
    }
    for (const longer of answers)
      for (const shorter of answers) {
        const [a, b] = [longer.period, shorter.period];
        if (periodKey(longer) === periodKey(shorter) || b.from < a.from || b.to > a.to) continue;
        const figures = additive(shorter);
        for (const variable of Object.keys(additive(longer))) {
          const key = variable.slice(0, variable.lastIndexOf('|'));
          const inner = `${key}|${periodKey(shorter)}`;
          if (!(inner in figures)) continue;
          attacker.see(inner, figures[inner]);
          attacker.sumWithRest(variable, [inner], `${key}|${a.from}..${a.to} without ${b.from}..${b.to}`);
        }
      }
    expect(attacker.conflicts).toEqual([]);
    expect(hidden).toBeGreaterThan(0);
    expect(attacker.disclosures()).toEqual([]);
  });

  it('a quarter against its months, custom months and the public figures reveal no hidden count', async () => {
    const attacker = new Attacker();
    const quarter = await dashboard({ period: 'QUARTER', from: addDays(today, -100) });
    const months = [0, 1, 2].map((i) => addDays(quarter.period.from, 31 * i));
    const answers = [quarter, ...(await Promise.all(months.map((from) => dashboard({ period: 'MONTH', from }))))];
    for (const answer of answers) {
      const filter = { period: answer.period.kind as DashboardFilterInput['period'], from: answer.period.from };
      learn(attacker, answer, ALL);
      for (const region of REGIONS) learn(attacker, await dashboard({ ...filter, region }), region);
    }
    const custom = await dashboard({ period: 'CUSTOM', from: answers[1]!.period.from, to: answers[2]!.period.to });
    learn(attacker, custom, ALL);
    learn(attacker, await publicFigures('QUARTER', quarter.period.from), ALL);
    const [q, m1, m2, m3] = answers.map(periodKey) as [string, string, string, string];
    splits(attacker, q, [m1, m2, m3]);
    splits(attacker, periodKey(custom), [m1, m2]);
    expect(attacker.conflicts).toEqual([]);
    expect(attacker.hiddenCount).toBeGreaterThan(20);
    expect(attacker.disclosures()).toEqual([]);
  });
});
