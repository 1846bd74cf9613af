import { Prisma, type PrismaClient, type RegionKey } from '@wiw/db';
import type { ConnectionsPanel } from '../models/connections-panel.model';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import { months } from './pieces';
import type { RegionInfo } from './regions';
import { storedTable, within, type StoredPanel } from './stored-control';

interface Row {
  needRegionKey: RegionKey;
  offerRegionKey: RegionKey;
  piece: string;
  requests: number;
  accepted: number;
}

/** Dortmund ↔ Südwestfalen: both regions belong to the partnership, on different sides. */
export function isCrossRegion(regions: RegionInfo[], a: RegionKey, b: RegionKey): boolean {
  const side = (key: RegionKey) => regions.find((r) => r.key === key)?.side ?? null;
  return side(a) !== null && side(b) !== null && side(a) !== side(b);
}

const COLUMNS = ['requests', 'accepted'] as const;
const ALL = '*';
const cell = (column: string, from: RegionKey, to: RegionKey) => `${column}|${from}>${to}`;
const total = (column: string, scope: string, region: string) => `${column}|${scope}|${region}`;

/**
 * The full table of the period: 49 region pairs, and for the whole partnership and each region
 * the requests touching it and the cross-region ones among them; requests = accepted + the rest.
 */
export const connectionsControl: StoredPanel<Row> = {
  name: 'connections',
  query: Prisma.sql`
    SELECT "needRegionKey", "offerRegionKey", "piece", sum("requests")::int AS "requests", sum("accepted")::int AS "accepted"
    FROM ${months('DashboardContactFactsByMonth')} GROUP BY 1, 2, 3`,
  fill(table, period, regions, rows) {
    for (const row of within(rows, period))
      for (const column of COLUMNS) table.add(cell(column, row.needRegionKey, row.offerRegionKey), row.piece, row[column]);
    const pairs = regions.flatMap((from) => regions.map((to) => [from.key, to.key] as const));
    const scopes = [ALL, ...regions.map((r) => r.key)];
    const touching = (region: string) => pairs.filter(([from, to]) => region === ALL || from === region || to === region);
    for (const column of COLUMNS)
      for (const region of scopes) {
        table.sum(
          total(column, 'all', region),
          touching(region).map(([from, to]) => cell(column, from, to)),
        );
        const crossing = touching(region).filter(([from, to]) => isCrossRegion(regions, from, to));
        table.sum(
          total(column, 'cross', region),
          crossing.map(([from, to]) => cell(column, from, to)),
        );
      }
    for (const [from, to] of pairs) table.rest(cell('unanswered', from, to), cell('requests', from, to), [cell('accepted', from, to)]);
    for (const region of scopes)
      for (const kind of ['all', 'cross'])
        table.rest(total('unanswered', kind, region), total('requests', kind, region), [total('accepted', kind, region)]);
  },
};

export async function connectionsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<ConnectionsPanel> {
  const { shown } = await storedTable(prisma, connectionsControl, scope.period);
  const pairs = regions.flatMap((from) => regions.map((to) => [from.key, to.key] as const));
  const region = scope.region ?? ALL;
  const inScope = (from: RegionKey, to: RegionKey) => region === ALL || from === region || to === region;
  const [requests, accepted] = [total('requests', 'all', region), total('accepted', 'all', region)];
  return {
    requests: KpiCount.in(shown, requests),
    accepted: KpiCount.in(shown, accepted),
    acceptanceRate: KpiRate.in(shown, accepted, requests),
    crossRegionRequests: KpiCount.in(shown, total('requests', 'cross', region)),
    crossRegionAccepted: KpiCount.in(shown, total('accepted', 'cross', region)),
    flows: pairs.map(([from, to]) => ({
      needRegion: from,
      offerRegion: to,
      requests: inScope(from, to) ? KpiCount.in(shown, cell('requests', from, to)) : KpiCount.of(0),
      accepted: inScope(from, to) ? KpiCount.in(shown, cell('accepted', from, to)) : KpiCount.of(0),
    })),
  };
}
