import type { PrismaClient, RegionKey } from '@wiw/db';
import type { CoworkingPanel } from '../models/coworking-panel.model';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import type { RegionInfo } from './regions';
import { inRegion } from './scope-sql';

/**
 * Desk days by the region of the place, read from the bookings themselves (a few rows per place
 * and day, indexed by place and day) rather than a materialized view: the figures are live.
 * Suppression is the panels' own: the rows add up to the total shown beside them.
 */
export async function coworkingPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<CoworkingPanel> {
  const rows = await prisma.$queryRaw<Array<{ regionKey: RegionKey; deskDays: number }>>`
    SELECT m."regionKey", count(*)::int AS "deskDays"
    FROM "DeskBooking" b JOIN "CoworkingPlace" p ON p."id" = b."placeId" JOIN "Municipality" m ON m."id" = p."municipalityId"
    WHERE b."status" = 'CONFIRMED' AND b."date" BETWEEN ${scope.period.from}::date AND ${scope.period.to}::date ${inRegion(scope, 'm."regionKey"')}
    GROUP BY 1`;
  const partnership = regions.filter((region) => region.side !== null);
  const counts = partnership.map((region) => rows.find((row) => row.regionKey === region.key)?.deskDays ?? 0);
  const cells = KpiCount.line(counts);
  return {
    deskDays: KpiCount.of(counts.reduce((sum, count) => sum + count, 0)),
    byRegion: partnership.map((region, i) => ({ region: region.key, deskDays: cells[i]! })),
  };
}
