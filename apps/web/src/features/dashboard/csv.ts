import type { RegionKey } from '../../gql/graphql';
import { enumToSlug } from '../../lib/enum-slug';
import { CSV_BOM, CSV_SEPARATOR, csvField } from '../../lib/csv';
import { formatCell, type CellFormat, type DataSet } from './dataset';

export { CSV_BOM, csvField, downloadCsv, downloadFile } from '../../lib/csv';

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
