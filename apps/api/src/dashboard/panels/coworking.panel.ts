import type { PrismaClient, RegionKey } from '@wiw/db';
import { DisclosureTable } from '@wiw/domain';
import type { CoworkingPanel } from '../models/coworking-panel.model';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import { periodPieces } from './pieces';
import type { RegionInfo } from './regions';

const ALL = '*';
const key = (region: string) => `desk-days|${region}`;

/**
 * Desk days by the region of the place, read from the bookings themselves (a few rows per place
 * and day, indexed by place and day) rather than a materialized view: the figures are live. The
 * full table of the period (every partnership region, by month, and their total as a line) goes
 * through the disclosure control before the scope's figures are picked.
 */
export async function coworkingPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<CoworkingPanel> {
  const rows = await prisma.$queryRaw<Array<{ regionKey: RegionKey; piece: string; deskDays: number }>>`
    SELECT m."regionKey", date_trunc('month', b."date")::date::text AS "piece", count(*)::int AS "deskDays"
    FROM "DeskBooking" b JOIN "CoworkingPlace" p ON p."id" = b."placeId" JOIN "Municipality" m ON m."id" = p."municipalityId"
    WHERE b."status" = 'CONFIRMED' AND b."date" BETWEEN ${scope.period.from}::date AND ${scope.period.to}::date
    GROUP BY 1, 2`;
  const partnership = regions.filter((region) => region.side !== null);
  const table = new DisclosureTable(periodPieces(scope));
  for (const region of partnership) table.ensure(key(region.key));
  for (const row of rows) if (partnership.some((region) => region.key === row.regionKey)) table.add(key(row.regionKey), row.piece, row.deskDays);
  table.sum(
    key(ALL),
    partnership.map((region) => key(region.key)),
  );
  const shown = table.protect();
  return {
    deskDays: KpiCount.in(shown, key(scope.region ?? ALL)),
    byRegion: partnership.map((region) => ({ region: region.key, deskDays: KpiCount.in(shown, key(region.key)) })),
  };
}
