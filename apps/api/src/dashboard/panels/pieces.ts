import { Prisma } from '@wiw/db';
import { piecesBetween } from '@wiw/domain';
import type { DashboardScope } from '../models/dashboard.model';
import type { Months } from './stored-control';

/*
 * Every period the dashboard serves is whole calendar months (custom ones are widened to them), the
 * time pieces of the disclosure control (@wiw/domain disclosure.ts). The panels therefore read the
 * month roll-ups of the views, for all regions: the control needs the full table.
 */

/** The first days of the months of the scope's period. */
export const periodPieces = (scope: DashboardScope): string[] => piecesBetween(scope.period.from, scope.period.to);

/** The month roll-up `view` within `period`, with its month as `piece` ("YYYY-MM-DD"). */
export function monthsIn(view: string, period: Months): Prisma.Sql {
  return Prisma.sql`(SELECT *, "month"::text AS "piece" FROM ${Prisma.raw(`"${view}"`)}
    WHERE "month" BETWEEN ${period.from}::date AND ${period.to}::date) AS facts`;
}
