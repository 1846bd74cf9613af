import { SkillCategory, type RegionKey, type Side, type TopicFieldKey } from '@wiw/db';
import { periodOf, type BaseTables, type DashboardFilterInput } from './dashboard-base';
import { Exact, ExactShare } from './dashboard-conformity';

export { loadBaseTables, periodOf, type BaseTables, type DashboardFilterInput } from './dashboard-base';

/*
 * What the dashboard must answer, computed a second time without the dashboard: from the base
 * tables (read with findMany, never the materialized views), in TypeScript, with the definitions
 * of the KPIs as the GraphQL models describe them. Days are Berlin days (berlinDate); suppression
 * is this file's own.
 */

const small = (n: number): boolean => n === 1 || n === 2;
const count = (n: number) => new Exact(n);
const share = (part: number, basis: number) => new ExactShare(part, basis);

/** Exact numbers → exact counts. */
const shown = <K extends string>(numbers: Record<K, number>): Record<K, Exact> =>
  Object.fromEntries(Object.entries<number>(numbers).map(([key, n]) => [key, count(n)])) as Record<K, Exact>;
/** Rows of exact numbers → rows of exact counts. */
const exactRows = <K extends string>(rows: Array<Record<K, number>>): Array<Record<K, Exact>> => rows.map(shown);

const distinctInOrder = <T>(items: T[]): T[] => [...new Set(items)];

/** The whole answer of DASHBOARD_QUERY for this filter, `today` being today in Berlin. */
export function expectedDashboard(base: BaseTables, filter: DashboardFilterInput | null, today: string) {
  const period = periodOf(filter, today);
  const region = filter?.region ?? null;
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const inRegion = (...keys: RegionKey[]) => region === null || keys.includes(region);
  const sideOf = new Map<RegionKey, Side | null>(base.regions.map((r) => [r.key, r.side]));
  const shownRegions = base.regions.filter((r) => inRegion(r.key));

  // Organisations registered by the end of the period.
  const orgs = base.organisations.filter((o) => o.day <= period.to && inRegion(o.region));
  const orgNumbers = (list: typeof orgs) => ({
    total: list.length,
    members: list.filter((o) => o.isMember).length,
    newInPeriod: list.filter((o) => o.day >= period.from).length,
  });
  const regionRows = exactRows(shownRegions.map((r) => orgNumbers(orgs.filter((o) => o.region === r.key))));
  const sides = distinctInOrder(shownRegions.map((r) => r.side));
  const kinds = distinctInOrder(orgs.map((o) => o.kind)).sort();
  const kindRows = exactRows(kinds.map((kind) => orgNumbers(orgs.filter((o) => o.kind === kind))));
  const organisations = {
    ...shown(orgNumbers(orgs)),
    byRegion: shownRegions.map((r, i) => ({ region: r.key, side: r.side, ...regionRows[i] })),
    bySide: sides.map((side) => ({ side, ...shown(orgNumbers(orgs.filter((o) => sideOf.get(o.region) === side))) })),
    byKind: kinds.map((kind, i) => ({ kind, ...kindRows[i] })),
  };

  // Needs published within the period (drafts never), by their status today.
  // Needs ever published (drafts, and drafts discarded unpublished, never count).
  const published = base.needs.filter((n) => n.published && inPeriod(n.day) && inRegion(n.region));
  const needNumbers = (list: typeof published) => ({
    published: list.length,
    open: list.filter((n) => n.status === 'OPEN').length,
    filled: list.filter((n) => n.status === 'FILLED').length,
  });
  const needFigures = (list: typeof published) => shown(needNumbers(list));
  const fieldRows = exactRows(base.topicFields.map((topicField) => needNumbers(published.filter((n) => n.topicField === topicField))));
  const tally = (rows: Array<{ skillId: string; region: RegionKey }>) => {
    const map = new Map<string, number>();
    for (const row of rows) if (inRegion(row.region)) map.set(row.skillId, (map.get(row.skillId) ?? 0) + 1);
    return map;
  };
  const demand = tally(base.demand);
  const supply = tally(base.supply);
  const gaps = [...demand.entries()]
    .map(([skillId, d]) => ({ skillId, demand: d, supply: supply.get(skillId) ?? 0 }))
    // At least 3 open needs; ordered by what is shown (a hidden supply of 1 or 2 counts as 2).
    .filter((g) => g.demand >= 3 && g.demand > g.supply)
    .map((g) => ({ ...g, shownGap: g.demand - (small(g.supply) ? 2 : g.supply) }))
    .sort((a, b) => b.shownGap - a.shownGap || b.demand - a.demand || (a.skillId < b.skillId ? -1 : 1))
    .slice(0, 10);
  const skills = {
    ...needFigures(published),
    byTopicField: base.topicFields.map((topicField, i) => ({ topicField, ...fieldRows[i] })),
    byCategory: Object.values(SkillCategory).map((category) => ({ category, ...needFigures(published.filter((n) => n.categories.has(category))) })),
    largestGaps: gaps.map((g) => {
      const skill = base.skills.get(g.skillId)!;
      return {
        skill: { id: skill.id, slug: skill.slug, label: skill.labelDe, category: skill.category },
        demand: count(g.demand),
        supply: count(g.supply),
        // Hidden whenever demand or supply is.
        gap: new Exact(g.demand - g.supply, true),
      };
    }),
  };

  // Contact requests sent within the period, with either end in the region.
  const requests = base.contacts.filter((c) => inPeriod(c.day) && inRegion(c.needRegion, c.offerRegion));
  const isAccepted = (c: (typeof requests)[number]) => c.status === 'ACCEPTED';
  const isCross = (c: (typeof requests)[number]) => {
    const a = sideOf.get(c.needRegion) ?? null;
    const b = sideOf.get(c.offerRegion) ?? null;
    return a !== null && b !== null && a !== b;
  };
  const pairs = base.regions.flatMap((n) => base.regions.map((o) => [n.key, o.key] as const));
  const flowRows = exactRows(
    pairs.map(([n, o]) => {
      const pair = requests.filter((c) => c.needRegion === n && c.offerRegion === o);
      return { requests: pair.length, accepted: pair.filter(isAccepted).length };
    }),
  );
  const connections = {
    requests: count(requests.length),
    accepted: count(requests.filter(isAccepted).length),
    acceptanceRate: share(requests.filter(isAccepted).length, requests.length),
    crossRegionRequests: count(requests.filter(isCross).length),
    crossRegionAccepted: count(requests.filter((c) => isCross(c) && isAccepted(c)).length),
    flows: pairs.map(([n, o], i) => ({ needRegion: n, offerRegion: o, ...flowRows[i] })),
  };

  // Consultations taking place within the period: bookings by the company's region, seats by the advisor's.
  const bookings = base.bookings.filter((b) => inPeriod(b.day) && inRegion(b.region));
  const slots = base.slots.filter((s) => inPeriod(s.day) && inRegion(s.region));
  const workbenchNumbers = (keep: (row: { topicField: TopicFieldKey; organisationId: string }) => boolean) => {
    const status = (wanted: string) => bookings.filter((b) => keep(b) && b.status === wanted).length;
    const [confirmed, attended, noShows, cancelled] = [status('CONFIRMED'), status('ATTENDED'), status('NO_SHOW'), status('CANCELLED')];
    const kept = slots.filter(keep);
    return {
      counts: { bookings: confirmed + attended + noShows, cancelled, attended, noShows },
      noShowRate: share(noShows, attended + noShows),
      utilisation: share(
        kept.reduce((sum, s) => sum + s.seatsTaken, 0),
        kept.reduce((sum, s) => sum + s.capacity, 0),
      ),
    };
  };
  const workbenchFigures = (keep: Parameters<typeof workbenchNumbers>[0]) => {
    const numbers = workbenchNumbers(keep);
    return { ...shown(numbers.counts), noShowRate: numbers.noShowRate, utilisation: numbers.utilisation };
  };
  const workbenchRows = (keeps: Array<Parameters<typeof workbenchNumbers>[0]>) => keeps.map(workbenchFigures);
  const advising = distinctInOrder([...bookings, ...slots].map((row) => row.organisationId))
    .map((id) => base.organisations.find((o) => o.id === id)!)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const workbench = {
    ...workbenchFigures(() => true),
    byTopicField: ((rows) => base.topicFields.map((topicField, i) => ({ topicField, ...rows[i] })))(
      workbenchRows(base.topicFields.map((topicField) => (row) => row.topicField === topicField)),
    ),
    byOrganisation: ((rows) => advising.map((org, i) => ({ organisationId: org.id, organisationName: org.name, ...rows[i] })))(
      workbenchRows(advising.map((org) => (row) => row.organisationId === org.id)),
    ),
  };

  // Participation (today, all regions): organisations per region, and those in a project led from the other side.
  const participations = base.projects.flatMap((p) => {
    const lead = p.participants.find((pp) => pp.role === 'LEAD');
    const leadSide = lead ? (sideOf.get(lead.region) ?? null) : null;
    return p.participants.map((pp) => {
      const side = sideOf.get(pp.region) ?? null;
      return { ...pp, crossSide: side !== null && leadSide !== null && side !== leadSide };
    });
  });
  const participationRows = exactRows(
    base.regions.map((r) => {
      const own = participations.filter((pp) => pp.region === r.key);
      return {
        organisations: new Set(own.map((pp) => pp.organisationId)).size,
        crossSide: new Set(own.filter((pp) => pp.crossSide).map((pp) => pp.organisationId)).size,
      };
    }),
  );

  // Topic fields: projects (with a participant from the region), milestones due within the period.
  const projects = base.projects.filter((p) => region === null || p.regions.has(region));
  const topicFields = {
    fields: base.topicFields.map((topicField) => {
      const own = projects.filter((p) => p.topicField === topicField);
      const milestones = own.flatMap((p) => p.milestones);
      const due = milestones.filter((m) => inPeriod(m.dueOn));
      return {
        topicField,
        projectsPlanned: own.filter((p) => p.status === 'PLANNED').length,
        projectsActive: own.filter((p) => p.status === 'ACTIVE').length,
        projectsCompleted: own.filter((p) => p.status === 'COMPLETED').length,
        projectsPaused: own.filter((p) => p.status === 'PAUSED').length,
        milestonesDone: due.filter((m) => m.done).length,
        milestonesDue: due.filter((m) => !m.done && m.dueOn >= today).length,
        milestonesOverdue: due.filter((m) => !m.done && m.dueOn < today).length,
        progress: milestones.length ? milestones.filter((m) => m.done).length / milestones.length : 0,
      };
    }),
    participation: base.regions.map((r, i) => ({ region: r.key, side: r.side, ...participationRows[i]! })),
  };

  // Public statistics: per kind the latest year up to the period's end (else the earliest).
  const endYear = Number(period.to.slice(0, 4));
  const position = new Map(base.regions.map((r) => [r.key, r.position]));
  const statisticsOf = (kind: 'COMMUTERS' | 'EMPLOYEES') => {
    // Imported figures win: illustrative ones count only for a kind without any imported one.
    const ofKind = base.statistics.filter((s) => s.kind === kind);
    const rows = ofKind.some((s) => !s.illustrative) ? ofKind.filter((s) => !s.illustrative) : ofKind;
    const years = rows.map((s) => s.year);
    const upToEnd = years.filter((y) => y <= endYear);
    const year = upToEnd.length ? Math.max(...upToEnd) : Math.min(...years);
    return rows
      .filter((s) => s.year === year && (region === null || s.fromRegionKey === region || s.toRegionKey === region))
      .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
      .map((s) => ({
        kind: s.kind,
        year: s.year,
        fromRegion: s.fromRegionKey,
        toRegion: s.toRegionKey,
        value: count(s.value),
        source: s.source,
        illustrative: s.illustrative,
        position: position.get(s.toRegionKey)!,
      }));
  };
  const withoutPosition = ({ position: _position, ...row }: ReturnType<typeof statisticsOf>[number]) => row;
  const regionContext = {
    commuters: statisticsOf('COMMUTERS').map(withoutPosition),
    employees: statisticsOf('EMPLOYEES')
      .sort((a, b) => a.position - b.position)
      .map(withoutPosition),
  };

  return { asOf: base.asOf, region, period, organisations, skills, connections, workbench, topicFields, regionContext };
}

export type ExpectedDashboard = ReturnType<typeof expectedDashboard>;

/** Paths in a reply where a count of 1 or 2 is shown, or a suppressed figure still has a value. */
export function revealedSmallCounts(reply: unknown, path = '$'): string[] {
  if (Array.isArray(reply)) return reply.flatMap((item, i) => revealedSmallCounts(item, `${path}[${i}]`));
  if (reply === null || typeof reply !== 'object') return [];
  const record = reply as Record<string, unknown>;
  const own: string[] = [];
  if ('suppressed' in record && 'value' in record) {
    if (record.suppressed === true && record.value !== null) own.push(`${path}: suppressed with value ${JSON.stringify(record.value)}`);
    if (!('basis' in record) && (record.value === 1 || record.value === 2)) own.push(`${path}: shows ${String(record.value)}`);
  }
  return [...own, ...Object.entries(record).flatMap(([key, value]) => revealedSmallCounts(value, `${path}.${key}`))];
}
