import { ContactRequestStatus, Prisma, type PrismaClient, type RegionKey } from '@wiw/db';
import type { ConnectionsPanel } from '../models/connections-panel.model';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import type { RegionInfo } from './regions';
import { inPeriod } from './scope-sql';

interface Row {
  needRegionKey: RegionKey;
  offerRegionKey: RegionKey;
  status: ContactRequestStatus;
  n: number;
}

/** Dortmund ↔ Südwestfalen: both regions belong to the partnership, on different sides. */
export function isCrossRegion(regions: RegionInfo[], a: RegionKey, b: RegionKey): boolean {
  const side = (key: RegionKey) => regions.find((r) => r.key === key)?.side ?? null;
  return side(a) !== null && side(b) !== null && side(a) !== side(b);
}

export async function connectionsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<ConnectionsPanel> {
  const region = scope.region
    ? Prisma.sql`AND (${scope.region}::"RegionKey" IN ("needRegionKey", "offerRegionKey"))`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT "needRegionKey", "offerRegionKey", "status", sum("n")::int AS "n" FROM "DashboardContactFacts"
    WHERE ${inPeriod(scope)} ${region} GROUP BY 1, 2, 3`;
  const totals = { requests: 0, accepted: 0, crossRequests: 0, crossAccepted: 0 };
  const pairs = new Map<string, { requests: number; accepted: number }>();
  for (const row of rows) {
    const accepted = row.status === ContactRequestStatus.ACCEPTED ? row.n : 0;
    const cross = isCrossRegion(regions, row.needRegionKey, row.offerRegionKey);
    totals.requests += row.n;
    totals.accepted += accepted;
    totals.crossRequests += cross ? row.n : 0;
    totals.crossAccepted += cross ? accepted : 0;
    const key = `${row.needRegionKey}>${row.offerRegionKey}`;
    const pair = pairs.get(key) ?? { requests: 0, accepted: 0 };
    pair.requests += row.n;
    pair.accepted += accepted;
    pairs.set(key, pair);
  }
  return {
    requests: KpiCount.of(totals.requests),
    accepted: KpiCount.of(totals.accepted),
    acceptanceRate: KpiRate.of(totals.accepted, totals.requests),
    crossRegionRequests: KpiCount.of(totals.crossRequests),
    crossRegionAccepted: KpiCount.of(totals.crossAccepted),
    flows: regions.flatMap((from) =>
      regions.map((to) => {
        const pair = pairs.get(`${from.key}>${to.key}`) ?? { requests: 0, accepted: 0 };
        return { needRegion: from.key, offerRegion: to.key, requests: KpiCount.of(pair.requests), accepted: KpiCount.of(pair.accepted) };
      }),
    ),
  };
}
