import { Prisma, TopicFieldKey, type PrismaClient, type RegionKey } from '@wiw/db';
import type { DisclosedTable, TableBuilder } from '@wiw/domain';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import type { WorkbenchFigures, WorkbenchPanel } from '../models/workbench-panel.model';
import { months } from './pieces';
import type { RegionInfo } from './regions';
import { storedTable, within, type Months, type StoredPanel } from './stored-control';

interface Row {
  topicFieldKey: TopicFieldKey;
  organisationId: string;
  regionKey: RegionKey;
  piece: string;
}
/** A month of one advising organisation's bookings or slots (the other's columns 0). */
type WorkbenchRow = Row & { confirmed: number; attended: number; noShows: number; cancelled: number; capacity: number; seatsTaken: number };

const ALL = '*';
const COLUMNS = ['bookings', 'cancelled', 'attended', 'noShows', 'capacity', 'seatsTaken'] as const;
const key = (column: string, part: string, region: string) => `${column}|${part}|${region}`;
const field = (topicField: string) => `f:${topicField}`;
const organisation = (id: string) => `o:${id}`;

function figures(shown: DisclosedTable, part: string, region: string): WorkbenchFigures {
  const count = (column: string) => KpiCount.in(shown, key(column, part, region));
  return {
    bookings: count('bookings'),
    cancelled: count('cancelled'),
    attended: count('attended'),
    noShows: count('noShows'),
    noShowRate: KpiRate.in(shown, key('noShows', part, region), key('held', part, region)),
    utilisation: KpiRate.in(shown, key('seatsTaken', part, region), key('capacity', part, region)),
  };
}

/**
 * The full table of the period: bookings and seats by topic field and by advising organisation
 * for every region, adding up to each region's totals and over regions to the partnership's;
 * bookings = attended + no-shows + the rest (still to come), and held = attended + no-shows.
 */
function fill(table: TableBuilder, period: Months, regions: RegionInfo[], rows: WorkbenchRow[]): void {
  const parts = new Map<RegionKey, Set<string>>(regions.map((r) => [r.key, new Set(Object.values(TopicFieldKey).map(field))]));
  const add = (row: Row, column: string, amount: number) => {
    for (const part of [field(row.topicFieldKey), organisation(row.organisationId)]) table.add(key(column, part, row.regionKey), row.piece, amount);
    parts.get(row.regionKey)!.add(organisation(row.organisationId));
  };
  for (const row of within(rows, period)) {
    add(row, 'bookings', row.confirmed + row.attended + row.noShows);
    add(row, 'cancelled', row.cancelled);
    add(row, 'attended', row.attended);
    add(row, 'noShows', row.noShows);
    add(row, 'capacity', row.capacity);
    add(row, 'seatsTaken', row.seatsTaken);
  }
  const allParts = [...new Set([...parts.values()].flatMap((set) => [...set]))];
  const partsOf = (region: RegionKey) => [...parts.get(region)!];
  for (const column of COLUMNS) {
    for (const r of regions) {
      table.sum(
        key(column, ALL, r.key),
        partsOf(r.key)
          .filter((p) => p.startsWith('f:'))
          .map((p) => key(column, p, r.key)),
      );
      table.sum(
        key(column, ALL, r.key),
        partsOf(r.key)
          .filter((p) => p.startsWith('o:'))
          .map((p) => key(column, p, r.key)),
      );
    }
    for (const part of allParts)
      table.sum(
        key(column, part, ALL),
        regions.filter((r) => parts.get(r.key)!.has(part)).map((r) => key(column, part, r.key)),
      );
    table.sum(
      key(column, ALL, ALL),
      regions.map((r) => key(column, ALL, r.key)),
    );
    for (const prefix of ['f:', 'o:'])
      table.sum(
        key(column, ALL, ALL),
        allParts.filter((p) => p.startsWith(prefix)).map((p) => key(column, p, ALL)),
      );
  }
  const cells = [...regions.flatMap((r) => [ALL, ...partsOf(r.key)].map((p) => [p, r.key as string])), ...[ALL, ...allParts].map((p) => [p, ALL])];
  for (const [part, region] of cells) {
    table.sum(key('held', part!, region!), [key('attended', part!, region!), key('noShows', part!, region!)]);
    table.rest(key('upcoming', part!, region!), key('bookings', part!, region!), [key('held', part!, region!)]);
  }
}

export const workbenchControl: StoredPanel<WorkbenchRow> = {
  name: 'workbench',
  query: Prisma.sql`
    SELECT "topicFieldKey", "organisationId", "regionKey", "piece", sum("confirmed")::int AS "confirmed", sum("attended")::int AS "attended",
           sum("noShows")::int AS "noShows", sum("cancelled")::int AS "cancelled", 0 AS "capacity", 0 AS "seatsTaken"
    FROM ${months('DashboardBookingFactsByMonth')} GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT "topicFieldKey", "organisationId", "regionKey", "piece", 0, 0, 0, 0, sum("capacity")::int, sum("seatsTaken")::int
    FROM ${months('DashboardSlotFactsByMonth')} GROUP BY 1, 2, 3, 4`,
  fill,
};

export async function workbenchPanel(prisma: PrismaClient, scope: DashboardScope): Promise<WorkbenchPanel> {
  const region = scope.region ?? ALL;
  const { shown, values } = await storedTable(prisma, workbenchControl, scope.period, `|${region}`);
  // The advising organisations with bookings or slots in the region and period: some figure of theirs there is not 0.
  const ids = new Set<string>();
  for (const figure of values.keys()) {
    const [, part, at] = figure.split('|');
    if (part?.startsWith('o:') && at === region) ids.add(part.slice(2));
  }
  const names = await prisma.organisation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  const byName = names.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    ...figures(shown, ALL, region),
    byTopicField: Object.values(TopicFieldKey).map((topicField) => ({ topicField, ...figures(shown, field(topicField), region) })),
    byOrganisation: byName.map((org) => ({ organisationId: org.id, organisationName: org.name, ...figures(shown, organisation(org.id), region) })),
  };
}
