import type { Prisma, PrismaClient } from '@wiw/db';
import { blockKey, blocksOf, DisclosureTable, piecesBetween, type DisclosedTable, type TableBuilder } from '@wiw/domain';
import type { RegionInfo } from './regions';

/** A period of whole months ("YYYY-MM-DD", both days included). */
export interface Months {
  from: string;
  to: string;
}

/**
 * A panel whose disclosure control is decided once per refresh (stored-disclosure.ts) and read by
 * every answer: the rows of its full table and how they fill it, the same for both.
 */
export interface StoredPanel<R extends { piece: string }> {
  /** The panel's name in "DashboardHiddenCells". */
  name: string;
  /** The query of the rows (all regions, by month as `piece`) of the months `from`..`to`; may reach back further. */
  query(period: Months): Prisma.Sql;
  /** Puts the full table of `period` into `table`, from rows that may reach beyond the period. */
  fill(table: TableBuilder, period: Months, regions: RegionInfo[], rows: R[]): void;
}

/** The far end of the row holding the hidden keys of every period after the covered years. */
export const LATER = '9999-12-31';

/**
 * The panel's rows and the keys it hides in `period`, read in one statement (one snapshot, so both
 * are of the same refresh): the union over the period's blocks (blocksOf), and over the row for
 * periods after the covered years when the period reaches there.
 */
async function readWithControl<R extends { piece: string }>(
  prisma: PrismaClient,
  panel: StoredPanel<R>,
  period: Months,
): Promise<{ rows: R[]; hidden: Set<string> }> {
  const blocks = blocksOf(period).map(blockKey);
  // The keys ride on the first row: without rows every figure is 0, and 0 is never hidden.
  const rows = await prisma.$queryRaw<Array<R & { hiddenKeys: string[] | null }>>`
    SELECT r.*, CASE WHEN row_number() OVER () = 1 THEN (
             SELECT array_agg(DISTINCT k) FROM "DashboardHiddenCells" c, unnest(c."keys") k
             WHERE c."panel" = ${panel.name}
               AND ((c."from"::text || '..' || c."to"::text) = ANY(${blocks}::text[]) OR (c."to" = ${LATER}::date AND c."from" <= ${period.to}::date)))
           END AS "hiddenKeys"
    FROM (${panel.query(period)}) r`;
  return { rows, hidden: new Set(rows[0]?.hiddenKeys ?? []) };
}

/**
 * An answer's table: the panel's rows of `period` filled into a table by the months `pieces`
 * (default the period's), each figure shown unless the stored control hides it.
 */
export async function disclosedTable<R extends { piece: string }>(
  prisma: PrismaClient,
  panel: StoredPanel<R>,
  period: Months,
  regions: RegionInfo[],
  pieces: (rows: R[]) => string[] = () => piecesBetween(period.from, period.to),
): Promise<{ rows: R[]; shown: DisclosedTable }> {
  const { rows, hidden } = await readWithControl(prisma, panel, period);
  const table = new DisclosureTable(pieces(rows));
  panel.fill(table, period, regions, rows);
  return { rows, shown: table.disclose(hidden) };
}

/** The rows of `rows` whose month lies in `period`. */
export const within = <R extends { piece: string }>(rows: R[], period: Months): R[] =>
  rows.filter((row) => row.piece >= period.from && row.piece <= period.to);
