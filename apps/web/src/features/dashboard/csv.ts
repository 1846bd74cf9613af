import type { RegionKey } from '../../gql/graphql';
import { enumToSlug } from '../../lib/enum-slug';
import { formatCell, type CellFormat, type DataSet } from './dataset';

/** Byte order mark: Excel then reads the file as UTF-8 (umlauts). */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/** Quotes a field when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string, isText: boolean): string {
  const safe = isText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The data set as CSV the way German Excel opens it: BOM, ";" between fields, CRLF line ends, the
 * column labels of the interface language as header, suppressed counts as "< 3".
 */
export function toCsv(dataset: DataSet, format: Omit<CellFormat, 'raw'>): string {
  const header = dataset.columns.map((column) => csvField(column.label, true)).join(CSV_SEPARATOR);
  const lines = dataset.rows.map((row) =>
    dataset.columns
      .map((_, index) => {
        const cell = row.cells[index];
        return cell ? csvField(formatCell(cell, { ...format, raw: true }), cell.kind === 'text') : '';
      })
      .join(CSV_SEPARATOR),
  );
  return `${CSV_BOM}${[header, ...lines].join('\r\n')}\r\n`;
}

/**
 * "dashboard-verbindungen-2026-Q4.csv", with the region when one is chosen ("…-2026-Q4-olpe.csv");
 * the public figures' files start with "zahlen-".
 */
export function csvFileName(fileStem: string, periodSlug: string, region: RegionKey | null, prefix = 'dashboard'): string {
  return `${prefix}-${fileStem}-${periodSlug}${region ? `-${enumToSlug(region)}` : ''}.csv`;
}

/** Saves `content` as a CSV file in the browser. */
export const downloadCsv = (fileName: string, content: string) => downloadFile(fileName, content, 'text/csv;charset=utf-8');

/** Saves `content` as a file in the browser (a Blob URL; nothing leaves the machine). */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
