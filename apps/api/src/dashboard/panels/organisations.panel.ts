import { OrganisationKind, Prisma, type PrismaClient, type RegionKey } from '@wiw/db';
import type { DisclosedTable, TableBuilder } from '@wiw/domain';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { OrganisationFigures, OrganisationsPanel } from '../models/organisations-panel.model';
import type { RegionInfo } from './regions';
import { storedTable, type Months, type StoredPanel } from './stored-control';

interface Row {
  regionKey: RegionKey;
  kind: OrganisationKind;
  piece: string;
  n: number;
  members: number;
}

const ALL = '*';
/** Registered up to the period's end (total, members) and within it (newInPeriod). */
const key = (column: string, region: string, kind: string) => `${column}|${region}|${kind}`;
const side = (column: string, s: string | null) => `${column}|side:${s}`;

const kindsOf = (rows: Row[]) => [...new Set(rows.map((row) => row.kind))].sort((a, b) => a.localeCompare(b));

function figures(shown: DisclosedTable, of: (column: string) => string): OrganisationFigures {
  return { total: KpiCount.in(shown, of('total')), members: KpiCount.in(shown, of('members')), newInPeriod: KpiCount.in(shown, of('new')) };
}

/**
 * The full table: every region × kind, with the regions', kinds' and sides' totals; total =
 * members + the rest, total = new in the period + registered before it. Totals are cumulative
 * (protected at their last weeks), new ones count within the period.
 */
function fill(table: TableBuilder, period: Months, regions: RegionInfo[], rows: Row[]): void {
  const kinds = kindsOf(rows);
  for (const row of rows) {
    if (row.piece > period.to) continue;
    table.add(key('total', row.regionKey, row.kind), row.piece, row.n, 'CUMULATIVE');
    table.add(key('members', row.regionKey, row.kind), row.piece, row.members, 'CUMULATIVE');
    if (row.piece >= period.from) table.add(key('new', row.regionKey, row.kind), row.piece, row.n);
  }
  const sides = [...new Set(regions.map((r) => r.side))];
  const all: string[][] = [];
  for (const column of ['total', 'members', 'new']) {
    const kind = column === 'new' ? 'PERIOD' : 'CUMULATIVE';
    for (const r of regions) for (const k of kinds) table.ensure(key(column, r.key, k), kind);
    for (const r of regions)
      table.sum(
        key(column, r.key, ALL),
        kinds.map((k) => key(column, r.key, k)),
      );
    for (const k of kinds)
      table.sum(
        key(column, ALL, k),
        regions.map((r) => key(column, r.key, k)),
      );
    table.sum(
      key(column, ALL, ALL),
      regions.map((r) => key(column, r.key, ALL)),
    );
    table.sum(
      key(column, ALL, ALL),
      kinds.map((k) => key(column, ALL, k)),
    );
    for (const s of sides)
      table.sum(
        side(column, s),
        regions.filter((r) => r.side === s).map((r) => key(column, r.key, ALL)),
      );
    table.sum(
      key(column, ALL, ALL),
      sides.map((s) => side(column, s)),
    );
  }
  for (const r of [ALL, ...regions.map((x) => x.key)])
    for (const k of [ALL, ...kinds]) all.push([key('total', r, k), key('members', r, k), key('new', r, k), `${r}|${k}`]);
  for (const s of sides) all.push([side('total', s), side('members', s), side('new', s), `side:${s}`]);
  for (const [total, members, created, name] of all) {
    table.rest(`non-members|${name}`, total!, [members!]);
    table.carry(`before|${name}`, total!, [created!]);
  }
}

export const organisationsControl: StoredPanel<Row> = {
  name: 'organisations',
  query: Prisma.sql`
    SELECT "regionKey", "kind", date_trunc('month', "day")::date::text AS "piece", sum("n")::int AS "n", sum("members")::int AS "members"
    FROM "DashboardOrganisationFacts" GROUP BY 1, 2, 3`,
  // Registered before a month is the total of the month before.
  acrossYears: true,
  fill,
};

export async function organisationsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<OrganisationsPanel> {
  const { shown, values } = await storedTable(prisma, organisationsControl, scope.period);
  const chosen = scope.region;
  const scopeKey = chosen ?? ALL;
  // The kinds registered by the period's end, in the region asked for.
  const inChosen = Object.values(OrganisationKind)
    .filter((kind) => (values.get(key('total', scopeKey, kind)) ?? 0) > 0)
    .sort((a, b) => a.localeCompare(b));
  const shownRegions = chosen ? regions.filter((r) => r.key === chosen) : regions;
  return {
    ...figures(shown, (column) => key(column, scopeKey, ALL)),
    byRegion: shownRegions.map((r) => ({ region: r.key, side: r.side, ...figures(shown, (column) => key(column, r.key, ALL)) })),
    bySide: [...new Set(shownRegions.map((r) => r.side))].map((s) => ({
      side: s,
      ...figures(shown, (column) => (chosen ? key(column, chosen, ALL) : side(column, s))),
    })),
    byKind: inChosen.map((kind) => ({ kind, ...figures(shown, (column) => key(column, scopeKey, kind)) })),
  };
}
