import { TopicFieldKey, type PrismaClient, type RegionKey } from '@wiw/db';
import { DisclosureTable, type DisclosedTable } from '@wiw/domain';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import type { WorkbenchFigures, WorkbenchPanel } from '../models/workbench-panel.model';
import { monthsIn, periodPieces } from './pieces';
import type { RegionInfo } from './regions';

interface Row {
  topicFieldKey: TopicFieldKey;
  organisationId: string;
  regionKey: RegionKey;
  piece: string;
}
type BookingRow = Row & { confirmed: number; attended: number; noShows: number; cancelled: number };
type SlotRow = Row & { capacity: number; seatsTaken: number };

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
function protect(scope: DashboardScope, regions: RegionInfo[], bookings: BookingRow[], slots: SlotRow[]): DisclosedTable {
  const table = new DisclosureTable(periodPieces(scope));
  const parts = new Map<RegionKey, Set<string>>(regions.map((r) => [r.key, new Set(Object.values(TopicFieldKey).map(field))]));
  const add = (row: Row, column: string, amount: number) => {
    for (const part of [field(row.topicFieldKey), organisation(row.organisationId)]) table.add(key(column, part, row.regionKey), row.piece, amount);
    parts.get(row.regionKey)!.add(organisation(row.organisationId));
  };
  for (const row of bookings) {
    add(row, 'bookings', row.confirmed + row.attended + row.noShows);
    add(row, 'cancelled', row.cancelled);
    add(row, 'attended', row.attended);
    add(row, 'noShows', row.noShows);
  }
  for (const row of slots) {
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
  return table.protect();
}

export async function workbenchPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<WorkbenchPanel> {
  const [bookings, slots] = await Promise.all([
    prisma.$queryRaw<BookingRow[]>`
      SELECT "topicFieldKey", "organisationId", "regionKey", "piece", sum("confirmed")::int AS "confirmed",
             sum("attended")::int AS "attended", sum("noShows")::int AS "noShows", sum("cancelled")::int AS "cancelled"
      FROM ${monthsIn('DashboardBookingFactsByMonth', scope)} GROUP BY 1, 2, 3, 4`,
    prisma.$queryRaw<SlotRow[]>`
      SELECT "topicFieldKey", "organisationId", "regionKey", "piece", sum("capacity")::int AS "capacity", sum("seatsTaken")::int AS "seatsTaken"
      FROM ${monthsIn('DashboardSlotFactsByMonth', scope)} GROUP BY 1, 2, 3, 4`,
  ]);
  const shown = protect(scope, regions, bookings, slots);
  const region = scope.region ?? ALL;
  const ids = [...new Set([...bookings, ...slots].filter((row) => region === ALL || row.regionKey === region).map((row) => row.organisationId))];
  const names = await prisma.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byName = names.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    ...figures(shown, ALL, region),
    byTopicField: Object.values(TopicFieldKey).map((topicField) => ({ topicField, ...figures(shown, field(topicField), region) })),
    byOrganisation: byName.map((org) => ({ organisationId: org.id, organisationName: org.name, ...figures(shown, organisation(org.id), region) })),
  };
}
