import { Prisma, type PrismaClient, type RegionKey } from '@wiw/db';
import type { ConnectionsPanel } from '../models/connections-panel.model';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import type { RegionInfo } from './regions';
import { factsIn } from './scope-sql';

interface Row {
  needRegionKey: RegionKey;
  offerRegionKey: RegionKey;
  requests: number;
  accepted: number;
}

/** Dortmund ↔ Südwestfalen: both regions belong to the partnership, on different sides. */
export function isCrossRegion(regions: RegionInfo[], a: RegionKey, b: RegionKey): boolean {
  const side = (key: RegionKey) => regions.find((r) => r.key === key)?.side ?? null;
  return side(a) !== null && side(b) !== null && side(a) !== side(b);
}

export async function connectionsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<ConnectionsPanel> {
  const region = scope.region ? Prisma.sql`AND (${scope.region}::"RegionKey" IN ("needRegionKey", "offerRegionKey"))` : Prisma.empty;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT "needRegionKey", "offerRegionKey", sum("requests")::int AS "requests", sum("accepted")::int AS "accepted"
    FROM ${factsIn(scope, 'DashboardContactFacts')} WHERE true ${region} GROUP BY 1, 2`;
  const totals = { requests: 0, accepted: 0, crossRequests: 0, crossAccepted: 0 };
  const pairs = new Map<string, { requests: number; accepted: number }>();
  for (const row of rows) {
    const cross = isCrossRegion(regions, row.needRegionKey, row.offerRegionKey);
    totals.requests += row.requests;
    totals.accepted += row.accepted;
    totals.crossRequests += cross ? row.requests : 0;
    totals.crossAccepted += cross ? row.accepted : 0;
    pairs.set(`${row.needRegionKey}>${row.offerRegionKey}`, { requests: row.requests, accepted: row.accepted });
  }
  // The 49 cells add up to the totals, the cross-region ones to the cross-region totals: both protected.
  const cells = regions.flatMap((from) => regions.map((to) => [from.key, to.key] as const));
  const crossCells = cells.flatMap(([from, to], index) => (isCrossRegion(regions, from, to) ? [index] : []));
  const flowFigures = KpiCount.columns(
    cells.map(([from, to]) => pairs.get(`${from}>${to}`) ?? { requests: 0, accepted: 0 }),
    ['requests', 'accepted'],
    [cells.map((_, index) => index), crossCells],
  );
  return {
    requests: KpiCount.of(totals.requests),
    accepted: KpiCount.of(totals.accepted),
    acceptanceRate: KpiRate.of(totals.accepted, totals.requests),
    crossRegionRequests: KpiCount.of(totals.crossRequests),
    crossRegionAccepted: KpiCount.of(totals.crossAccepted),
    flows: cells.map(([from, to], i) => ({ needRegion: from, offerRegion: to, ...flowFigures[i]! })),
  };
}
