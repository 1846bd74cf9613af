import { TopicFieldKey, type PrismaClient } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount, KpiRate } from '../models/kpi.model';
import type { WorkbenchFigures, WorkbenchPanel } from '../models/workbench-panel.model';
import { inPeriod, inRegion } from './scope-sql';

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

function workbenchFigures(bookings: BookingRow[], slots: SlotRow[], keep: (row: Keyed) => boolean): WorkbenchFigures {
  const kept = bookings.filter(keep);
  const count = (column: 'confirmed' | 'attended' | 'noShows' | 'cancelled') => kept.reduce((sum, row) => sum + row[column], 0);
  const [confirmed, attended, noShows] = [count('confirmed'), count('attended'), count('noShows')];
  const keptSlots = slots.filter(keep);
  const capacity = keptSlots.reduce((sum, row) => sum + row.capacity, 0);
  const seatsTaken = keptSlots.reduce((sum, row) => sum + row.seatsTaken, 0);
  return {
    bookings: KpiCount.of(confirmed + attended + noShows),
    cancelled: KpiCount.of(count('cancelled')),
    attended: KpiCount.of(attended),
    noShows: KpiCount.of(noShows),
    noShowRate: KpiRate.of(noShows, attended + noShows),
    utilisation: KpiRate.of(seatsTaken, capacity),
  };
}

export async function workbenchPanel(prisma: PrismaClient, scope: DashboardScope): Promise<WorkbenchPanel> {
  const [bookings, slots] = await Promise.all([
    prisma.$queryRaw<BookingRow[]>`
      SELECT "topicFieldKey", "organisationId", sum("confirmed")::int AS "confirmed", sum("attended")::int AS "attended",
             sum("noShows")::int AS "noShows", sum("cancelled")::int AS "cancelled"
      FROM "DashboardBookingFacts" WHERE ${inPeriod(scope)} ${inRegion(scope)} GROUP BY 1, 2`,
    prisma.$queryRaw<SlotRow[]>`
      SELECT "topicFieldKey", "organisationId", sum("capacity")::int AS "capacity", sum("seatsTaken")::int AS "seatsTaken"
      FROM "DashboardSlotFacts" WHERE ${inPeriod(scope)} ${inRegion(scope)} GROUP BY 1, 2`,
  ]);
  const organisationIds = [...new Set([...bookings, ...slots].map((row) => row.organisationId))];
  const organisations = organisationIds.length
    ? await prisma.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } })
    : [];
  return {
    ...workbenchFigures(bookings, slots, () => true),
    byTopicField: Object.values(TopicFieldKey).map((topicField) => ({ topicField, ...workbenchFigures(bookings, slots, (row) => row.topicFieldKey === topicField) })),
    byOrganisation: organisations
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map((org) => ({ organisationId: org.id, organisationName: org.name, ...workbenchFigures(bookings, slots, (row) => row.organisationId === org.id) })),
  };
}
