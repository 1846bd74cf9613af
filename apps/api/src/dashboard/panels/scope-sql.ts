import { Prisma } from '@wiw/db';
import { wholeMonths } from '@wiw/domain';
import type { DashboardScope } from '../models/dashboard.model';

/** `AND <column> = region` when a region is chosen, nothing otherwise. */
export function inRegion(scope: DashboardScope, column = '"regionKey"'): Prisma.Sql {
  return scope.region ? Prisma.sql`AND ${Prisma.raw(column)} = ${scope.region}::"RegionKey"` : Prisma.empty;
}

/** The day views with a month roll-up "<view>ByMonth" (same columns, `month` for `day`). */
export const ROLLED_UP = {
  DashboardNeedFacts: ['regionKey', 'topicFieldKey', 'published', 'open', 'filled'],
  DashboardNeedCategoryFacts: ['regionKey', 'category', 'published', 'open', 'filled'],
  DashboardContactFacts: ['needRegionKey', 'offerRegionKey', 'requests', 'accepted'],
  DashboardBookingFacts: ['topicFieldKey', 'organisationId', 'regionKey', 'confirmed', 'attended', 'noShows', 'cancelled'],
  DashboardSlotFacts: ['topicFieldKey', 'organisationId', 'regionKey', 'slots', 'capacity', 'seatsTaken'],
} as const;

/**
 * The rows of a day view within the scope's period, as a relation `facts` with the view's
 * columns: whole months from its month roll-up, the days before and after them from the day view.
 */
export function factsIn(scope: DashboardScope, view: keyof typeof ROLLED_UP): Prisma.Sql {
  const columns = Prisma.raw(ROLLED_UP[view].map((column) => `"${column}"`).join(', '));
  const { from, to } = scope.period;
  const months = wholeMonths(from, to);
  return Prisma.sql`(
    SELECT ${columns} FROM ${Prisma.raw(`"${view}ByMonth"`)} WHERE "month" >= ${months.start}::date AND "month" < ${months.end}::date
    UNION ALL
    SELECT ${columns} FROM ${Prisma.raw(`"${view}"`)}
    WHERE "day" BETWEEN ${from}::date AND ${to}::date AND NOT ("day" >= ${months.start}::date AND "day" < ${months.end}::date)
  ) AS facts`;
}
