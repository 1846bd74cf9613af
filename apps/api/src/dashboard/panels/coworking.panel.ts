import { Prisma, type PrismaClient, type RegionKey } from '@wiw/db';
import type { CoworkingPanel } from '../models/coworking-panel.model';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import { months } from './pieces';
import type { RegionInfo } from './regions';
import { storedTable, within, type StoredPanel } from './stored-control';

interface Row {
  regionKey: RegionKey;
  piece: string;
  deskDays: number;
}

const ALL = '*';
const key = (region: string) => `desk-days|${region}`;

/**
 * Desk days (confirmed day bookings) by the region of the place: the full table of the period
 * (every partnership region, by month, and their total as a line); places outside the
 * partnership's regions are not counted.
 */
export const coworkingControl: StoredPanel<Row> = {
  name: 'coworking',
  query: Prisma.sql`SELECT "regionKey", "piece", "deskDays" FROM ${months('DashboardDeskDayFactsByMonth')}`,
  fill(table, period, regions, rows) {
    const partnership = regions.filter((region) => region.side !== null);
    for (const region of partnership) table.ensure(key(region.key));
    for (const row of within(rows, period))
      if (partnership.some((region) => region.key === row.regionKey)) table.add(key(row.regionKey), row.piece, row.deskDays);
    table.sum(
      key(ALL),
      partnership.map((region) => key(region.key)),
    );
  },
};

export async function coworkingPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<CoworkingPanel> {
  const { shown } = await storedTable(prisma, coworkingControl, scope.period);
  const partnership = regions.filter((region) => region.side !== null);
  return {
    deskDays: KpiCount.in(shown, key(scope.region ?? ALL)),
    byRegion: partnership.map((region) => ({ region: region.key, deskDays: KpiCount.in(shown, key(region.key)) })),
  };
}
