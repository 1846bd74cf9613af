import { createReadStream } from 'node:fs';
import type { PrismaClient } from '../generated/prisma/client';
import { parseCsv } from '../skills-import/csv';
import { DEFAULT_BATCH_SIZE, REPORTED_ISSUES } from '../skills-import/importer';
import { figureKey, isStatsRowIssue, readStatsRow, statsColumns, type StatsColumns, type StatsRow, type StatsRowIssue } from './rows';
import { writeRegionFigures, type FigureWriteCounts } from './write';

export interface StatsImportOptions {
  /** Reads and checks everything, counts what would change, writes nothing. */
  dryRun?: boolean;
  /** Figures per transaction. Default 500. */
  batchSize?: number;
  /** Called after every data row with the number of data rows read so far. */
  onRow?: (rows: number) => void;
}

export interface StatsImportReport {
  dryRun: boolean;
  /** Data rows read (the header not counted): inserted + updated + unchanged + superseded + rejected. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Valid rows replaced by a later row of the file for the same kind, year and regions. */
  superseded: number;
  rejected: number;
  /** The first REPORTED_ISSUES superseded or rejected rows, in file order. */
  issues: StatsRowIssue[];
}

/** Writing one batch failed; earlier batches are committed, this one was rolled back. */
export class StatsImportBatchError extends Error {
  constructor(
    readonly firstLine: number,
    readonly lastLine: number,
    readonly committedFigures: number,
    cause: unknown,
  ) {
    super(
      `Writing the figures of lines ${firstLine}–${lastLine} failed and was rolled back; ` +
        `the ${committedFigures} figures before them are imported. Cause: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'StatsImportBatchError';
  }
}

/**
 * Imports region statistics from CSV (format in docs/STATISTICS.md). The whole file is read and
 * checked first, so a file it cannot read (no header, missing columns, broken CSV) writes nothing;
 * of two rows for the same figure the later one counts. The figures are then upserted by kind,
 * year and regions in batches, each in its own transaction: a second run of the same file
 * changes nothing. Bad rows are counted and reported, not fatal.
 */
export async function importRegionStatistics(
  prisma: PrismaClient,
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StatsImportOptions = {},
): Promise<StatsImportReport> {
  const { dryRun = false, batchSize = DEFAULT_BATCH_SIZE, onRow } = options;
  const report: StatsImportReport = { dryRun, rows: 0, inserted: 0, updated: 0, unchanged: 0, superseded: 0, rejected: 0, issues: [] };
  const issue = (found: StatsRowIssue) => {
    report[found.kind] += 1;
    if (report.issues.length < REPORTED_ISSUES) report.issues.push(found);
  };
  /** The valid rows by figure; a later row for the same figure replaces the earlier one. */
  const rows = new Map<string, StatsRow>();

  let columns: StatsColumns | null = null;
  for await (const record of parseCsv(input)) {
    if (!columns) {
      columns = statsColumns(record.fields);
      continue;
    }
    report.rows += 1;
    const row = readStatsRow(record, columns);
    if (isStatsRowIssue(row)) {
      issue(row);
    } else {
      const key = figureKey(row.figure);
      const earlier = rows.get(key);
      if (earlier) issue(superseded(earlier.line, row.line));
      // Deleted first so that the figures are written in the order of the rows that count.
      rows.delete(key);
      rows.set(key, row);
    }
    onRow?.(report.rows);
  }
  if (!columns)
    throw new Error('Die Datei ist leer: erwartet werden eine Kopfzeile und Zahlen. / The file is empty: expected a header row and figures.');

  const valid = [...rows.values()];
  let committed = 0;
  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    const figures = batch.map((row) => row.figure);
    let counts: FigureWriteCounts;
    try {
      counts = dryRun
        ? await writeRegionFigures(prisma, figures, { dryRun: true })
        : await prisma.$transaction((tx) => writeRegionFigures(tx, figures), { timeout: 120_000, maxWait: 30_000 });
    } catch (error) {
      throw new StatsImportBatchError(batch[0]!.line, batch[batch.length - 1]!.line, committed, error);
    }
    report.inserted += counts.inserted;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    committed += batch.length;
  }
  // A superseded row is found on the later line, after the issues of the lines between.
  report.issues.sort((a, b) => a.line - b.line);
  return report;
}

const superseded = (line: number, laterLine: number): StatsRowIssue => ({
  line,
  kind: 'superseded',
  de: `ersetzt durch Zeile ${laterLine} (gleiche kind, year, from_region, to_region)`,
  en: `replaced by line ${laterLine} (same kind, year, from_region, to_region)`,
});

/** importRegionStatistics on a file, streamed; `onProgress` gets rows read and bytes read so far. */
export async function importRegionStatisticsFile(
  prisma: PrismaClient,
  file: string,
  options: Omit<StatsImportOptions, 'onRow'> & { onProgress?: (rows: number, bytes: number) => void } = {},
): Promise<StatsImportReport> {
  const { onProgress, ...rest } = options;
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  return importRegionStatistics(prisma, stream as AsyncIterable<Buffer>, {
    ...rest,
    onRow: onProgress && ((rows) => onProgress(rows, stream.bytesRead)),
  });
}
