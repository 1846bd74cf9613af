import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@wiw/db';
import { blockKey, blocksOf, LATER, storedFigures, type BlockFigures, type DisclosedTable, type StoredBlock, type TableBuilder } from '@wiw/domain';
import type { RegionInfo } from './regions';

/** A period of whole months ("YYYY-MM-DD", both days included). */
export interface Months {
  from: string;
  to: string;
}

/**
 * A panel whose figures and disclosure control are decided once per refresh (stored-disclosure.ts)
 * and read by every answer (storedTable): the rows of its full table and how they fill it.
 */
export interface StoredPanel<R extends { piece: string }> {
  /** The panel's name in "DashboardBlock". */
  name: string;
  /** The query of all its rows: every region, by month as `piece` ("YYYY-MM-DD"). */
  query: Prisma.Sql;
  /**
   * True when a month's table is tied to the month before (a cumulative total carried over): the
   * blocks of all years are decided together. Otherwise year by year, and only the years whose rows changed.
   */
  acrossYears?: boolean;
  /** Puts the full table of `period` into `table`, from rows that may reach beyond the period. */
  fill(table: TableBuilder, period: Months, regions: RegionInfo[], rows: R[]): void;
}

/**
 * An answer's figures: the stored blocks of `period` (blocksOf) and the row for periods after the
 * covered years, read in one statement (one refresh), combined by @wiw/domain storedFigures.
 * `suffix`: only the figures whose key ends with it (a panel whose keys end with the region, asked
 * for one region), picked in the database so that the answer parses only those.
 * `values` are the raw figures, for what a panel lists (never shown when hidden).
 */
export async function storedTable(
  prisma: PrismaClient,
  panel: Pick<StoredPanel<{ piece: string }>, 'name'>,
  period: Months,
  suffix: string | null = null,
): Promise<{ shown: DisclosedTable; values: Map<string, number> }> {
  const blocks = blocksOf(period).map(blockKey);
  const rows = await prisma.$queryRaw<StoredBlock[]>`
    SELECT "from"::text AS "from", "to"::text AS "to", "cumulative",
           CASE WHEN ${suffix}::text IS NULL THEN "figures"
                ELSE (SELECT coalesce(json_object_agg(e.key, e.value), '{}') FROM json_each("figures") e WHERE right(e.key, length(${suffix}::text)) = ${suffix}::text)
           END AS "figures",
           CASE WHEN ${suffix}::text IS NULL THEN "hidden"
                ELSE ARRAY(SELECT h FROM unnest("hidden") h WHERE right(h, length(${suffix}::text)) = ${suffix}::text)
           END AS "hidden"
    FROM "DashboardBlock"
    WHERE "panel" = ${panel.name}
      AND (("from"::text || '..' || "to"::text) = ANY(${blocks}::text[]) OR ("to" = ${LATER}::date AND "from" <= ${period.to}::date))`;
  return storedFigures(period, rows);
}

/** What a stored block holds, as one hash: a refresh rewrites a block only when this changed. */
export function blockDigest(block: BlockFigures): string {
  const figures = Object.entries(block.figures).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify([figures, [...block.cumulative].sort(), [...block.hidden].sort()]))
    .digest('base64url');
}

/** The rows of `rows` whose month lies in `period`. */
export const within = <R extends { piece: string }>(rows: R[], period: Months): R[] =>
  rows.filter((row) => row.piece >= period.from && row.piece <= period.to);
