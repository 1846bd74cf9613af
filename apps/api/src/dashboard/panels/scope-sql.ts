import { Prisma } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';

/** `AND <column> BETWEEN from AND to` for a view's day column (both days included). */
export function inPeriod(scope: DashboardScope, column = '"day"'): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(column)} BETWEEN ${scope.period.from}::date AND ${scope.period.to}::date`;
}

/** `AND <column> = region` when a region is chosen, nothing otherwise. */
export function inRegion(scope: DashboardScope, column = '"regionKey"'): Prisma.Sql {
  return scope.region ? Prisma.sql`AND ${Prisma.raw(column)} = ${scope.region}::"RegionKey"` : Prisma.empty;
}
