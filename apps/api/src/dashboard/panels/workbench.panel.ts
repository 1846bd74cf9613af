import { TopicFieldKey, type PrismaClient } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import type { WorkbenchFigures, WorkbenchPanel } from '../models/workbench-panel.model';
import { factsIn, inRegion } from './scope-sql';

interface BookingRow {
  topicFieldKey: TopicFieldKey;
  organisationId: string;
  confirmed: number;
  attended: number;
  noShows: number;
  cancelled: number;
}

interface SlotRow {
  topicFieldKey: TopicFieldKey;
  organisationId: string;
  capacity: number;
  seatsTaken: number;
}

type Keyed = { topicFieldKey: TopicFieldKey; organisationId: string };
type Named = { organisationName: string };
const COUNTS = ['bookings', 'cancelled', 'attended', 'noShows'] as const;
type Exact = Record<(typeof COUNTS)[number] | 'capacity' | 'seatsTaken', number>;

function exact(bookings: BookingRow[], slots: SlotRow[], keep: (row: Keyed) => boolean): Exact {
  const kept = bookings.filter(keep);
  const count = (column: 'confirmed' | 'attended' | 'noShows' | 'cancelled') => kept.reduce((sum, row) => sum + row[column], 0);
  const keptSlots = slots.filter(keep);
  return {
    bookings: count('confirmed') + count('attended') + count('noShows'),
    cancelled: count('cancelled'),
    attended: count('attended'),
    noShows: count('noShows'),
    capacity: keptSlots.reduce((sum, row) => sum + row.capacity, 0),
    seatsTaken: keptSlots.reduce((sum, row) => sum + row.seatsTaken, 0),
  };
}

const rates = (figures: Exact) => ({
  noShowRate: KpiRate.of(figures.noShows, figures.attended + figures.noShows),
  utilisation: KpiRate.of(figures.seatsTaken, figures.capacity),
});

function totals(figures: Exact): WorkbenchFigures {
  return {
    ...(Object.fromEntries(COUNTS.map((column) => [column, KpiCount.of(figures[column])])) as Record<(typeof COUNTS)[number], KpiCount>),
    ...rates(figures),
  };
}

const HIDDEN_RATES = () => ({ noShowRate: KpiRate.hidden(), utilisation: KpiRate.hidden() });

/**
 * Rows adding up to the totals: counts protected column by column; a row with a hidden count hides
 * its rates (with their bases), which would otherwise give the count back.
 */
function breakdown(rows: Exact[]): WorkbenchFigures[] {
  const counts = KpiCount.columns(rows, COUNTS);
  return rows.map((row, i) => ({ ...counts[i]!, ...(COUNTS.some((column) => counts[i]![column].suppressed) ? HIDDEN_RATES() : rates(row)) }));
}

export async function workbenchPanel(prisma: PrismaClient, scope: DashboardScope): Promise<WorkbenchPanel> {
  // Names are joined after summing, so the three reads run side by side.
  const [bookings, slots] = await Promise.all([
    prisma.$queryRaw<Array<BookingRow & Named>>`
      SELECT g.*, o."name" AS "organisationName" FROM (
        SELECT "topicFieldKey", "organisationId", sum("confirmed")::int AS "confirmed", sum("attended")::int AS "attended",
               sum("noShows")::int AS "noShows", sum("cancelled")::int AS "cancelled"
        FROM ${factsIn(scope, 'DashboardBookingFacts')} WHERE true ${inRegion(scope)} GROUP BY 1, 2
      ) g JOIN "Organisation" o ON o."id" = g."organisationId"`,
    prisma.$queryRaw<Array<SlotRow & Named>>`
      SELECT g.*, o."name" AS "organisationName" FROM (
        SELECT "topicFieldKey", "organisationId", sum("capacity")::int AS "capacity", sum("seatsTaken")::int AS "seatsTaken"
        FROM ${factsIn(scope, 'DashboardSlotFacts')} WHERE true ${inRegion(scope)} GROUP BY 1, 2
      ) g JOIN "Organisation" o ON o."id" = g."organisationId"`,
  ]);
  const names = new Map([...bookings, ...slots].map((row) => [row.organisationId, row.organisationName]));
  const byName = [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const fields = Object.values(TopicFieldKey);
  const fieldFigures = breakdown(fields.map((field) => exact(bookings, slots, (row) => row.topicFieldKey === field)));
  const organisationFigures = breakdown(byName.map((org) => exact(bookings, slots, (row) => row.organisationId === org.id)));
  return {
    ...totals(exact(bookings, slots, () => true)),
    byTopicField: fields.map((topicField, i) => ({ topicField, ...fieldFigures[i]! })),
    byOrganisation: byName.map((org, i) => ({ organisationId: org.id, organisationName: org.name, ...organisationFigures[i]! })),
  };
}
