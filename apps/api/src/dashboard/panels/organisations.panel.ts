import type { OrganisationKind, PrismaClient, RegionKey, Side } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { OrganisationFigures, OrganisationsPanel } from '../models/organisations-panel.model';
import type { RegionInfo } from './regions';
import { inRegion } from './scope-sql';

interface Row {
  regionKey: RegionKey;
  kind: OrganisationKind;
  total: number;
  members: number;
  new: number;
}

interface Tally {
  total: number;
  members: number;
  newInPeriod: number;
}

const COLUMNS = ['total', 'members', 'newInPeriod'] as const;
const empty = (): Tally => ({ total: 0, members: 0, newInPeriod: 0 });
const figures = (t: Tally): OrganisationFigures => ({
  total: KpiCount.of(t.total),
  members: KpiCount.of(t.members),
  newInPeriod: KpiCount.of(t.newInPeriod),
});
/** The rows of a breakdown add up to the panel's totals: each column is protected as one line. */
const breakdown = (tallies: Tally[]): OrganisationFigures[] => KpiCount.columns(tallies, COLUMNS);

function tally<K>(map: Map<K, Tally>, key: K, row: Row): void {
  const t = map.get(key) ?? empty();
  t.total += row.total;
  t.members += row.members;
  t.newInPeriod += row.new;
  map.set(key, t);
}

export async function organisationsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<OrganisationsPanel> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT "regionKey", "kind", sum("n")::int AS "total", sum("members")::int AS "members",
           coalesce(sum("n") FILTER (WHERE "day" >= ${scope.period.from}::date), 0)::int AS "new"
    FROM "DashboardOrganisationFacts"
    WHERE "day" <= ${scope.period.to}::date ${inRegion(scope)}
    GROUP BY 1, 2`;
  const sideOf = new Map(regions.map((r) => [r.key, r.side]));
  const all = new Map<'all', Tally>();
  const byRegion = new Map<RegionKey, Tally>();
  const bySide = new Map<Side | null, Tally>();
  const byKind = new Map<OrganisationKind, Tally>();
  for (const row of rows) {
    tally(all, 'all', row);
    tally(byRegion, row.regionKey, row);
    tally(bySide, sideOf.get(row.regionKey) ?? null, row);
    tally(byKind, row.kind, row);
  }
  const shownRegions = scope.region ? regions.filter((r) => r.key === scope.region) : regions;
  const sides = [...new Set(shownRegions.map((r) => r.side))];
  const kinds = [...byKind.keys()].sort((a, b) => a.localeCompare(b));
  const regionFigures = breakdown(shownRegions.map((r) => byRegion.get(r.key) ?? empty()));
  // A side is the sum of its regions: hidden wherever one of its regions is (else side minus the
  // other regions would tell the hidden one); otherwise it shows nothing the regions do not.
  const sideFigures = sides.map((side) => {
    const members = shownRegions.flatMap((r, i) => (r.side === side ? [regionFigures[i]!] : []));
    const exact = bySide.get(side) ?? empty();
    return Object.fromEntries(
      COLUMNS.map((column) => [column, members.some((m) => m[column].suppressed) ? KpiCount.hidden() : KpiCount.of(exact[column])]),
    ) as unknown as OrganisationFigures;
  });
  const kindFigures = breakdown(kinds.map((kind) => byKind.get(kind)!));
  return {
    ...figures(all.get('all') ?? empty()),
    byRegion: shownRegions.map((r, i) => ({ region: r.key, side: r.side, ...regionFigures[i]! })),
    bySide: sides.map((side, i) => ({ side, ...sideFigures[i]! })),
    byKind: kinds.map((kind, i) => ({ kind, ...kindFigures[i]! })),
  };
}
