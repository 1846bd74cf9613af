import { Prisma } from '@wiw/db';

/*
 * Every period the dashboard serves is whole calendar months (custom ones are widened to them), the
 * time pieces of the disclosure control (@wiw/domain disclosure.ts). The stored panels read all
 * rows of the month roll-up views, for all regions, once per refresh: the control needs the full table.
 */

/** All rows of the month roll-up `view`, with their month as `piece` ("YYYY-MM-DD"). */
export function months(view: string): Prisma.Sql {
  return Prisma.sql`(SELECT *, "month"::text AS "piece" FROM ${Prisma.raw(`"${view}"`)}) AS facts`;
}
