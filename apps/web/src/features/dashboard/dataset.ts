import type { KpiCountFieldsFragment, KpiProtection, KpiRateFieldsFragment } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../lib/format';
import type { Language } from '../../i18n';

/**
 * A table of figures: what a chart plots, its table alternative shows and its CSV holds, built once
 * from the API's (already suppressed) data so the three can never disagree.
 */
/** A count or share as the API sends it; figures made here (sums of shown ones) need no protection. */
type Count = Omit<KpiCountFieldsFragment, 'protection'> & { protection?: KpiProtection | null };
type Rate = Omit<KpiRateFieldsFragment, 'protection' | 'basis'> & { protection?: KpiProtection | null; basis: Count };

export type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'count'; count: Count }
  | { kind: 'rate'; rate: Rate }
  /** A figure that is never suppressed (project counts, public statistics given as plain numbers). */
  | { kind: 'number'; value: number }
  /** A share 0..1 that is never suppressed (progress). */
  | { kind: 'share'; value: number };

export const text = (value: string): Cell => ({ kind: 'text', text: value });
export const count = (value: Count): Cell => ({ kind: 'count', count: value });
export const rate = (value: Rate): Cell => ({ kind: 'rate', rate: value });
export const plain = (value: number): Cell => ({ kind: 'number', value });
export const share = (value: number): Cell => ({ kind: 'share', value });

export interface Column {
  key: string;
  label: string;
}

export interface DataSet {
  /** Part of the CSV file name ("verbindungen"). */
  fileStem: string;
  /** Caption of the table, title of the chart. */
  caption: string;
  /** The first column names the row (a row header). */
  columns: readonly Column[];
  rows: ReadonlyArray<{ key: string; cells: readonly Cell[] }>;
}

/** Texts for figures that are not shown as numbers. */
export interface KpiTexts {
  /** A suppressed count: "< 3". */
  suppressed: string;
  /** A suppressed rate: "nicht ausgewiesen (weniger als 3)". */
  rateSuppressed: string;
  /** A count or rate hidden to protect another hidden figure (protection PROTECTED): "geschützt". */
  protected: string;
  /** No value (a rate of nothing): "–". */
  none: string;
}

export interface CellFormat {
  language: Language;
  texts: KpiTexts;
  /** CSV: whole numbers without thousands separators, so spreadsheets read them as numbers. */
  raw?: boolean;
}

export function formatCount(value: Count, format: CellFormat): string {
  if (value.suppressed) return value.protection === 'PROTECTED' ? format.texts.protected : format.texts.suppressed;
  if (value.value === null) return format.texts.none;
  return format.raw ? String(value.value) : formatNumber(value.value, format.language);
}

/** A percentage; in CSV with a plain space ("50 %"), which spreadsheets read as a number. */
function percent(value: number, format: CellFormat): string {
  const written = formatPercent(value, format.language);
  return format.raw ? written.replace(/\u00a0/g, ' ') : written;
}

export function formatRate(value: Rate, format: CellFormat): string {
  if (value.suppressed) return value.protection === 'PROTECTED' ? format.texts.protected : format.texts.rateSuppressed;
  if (value.value === null) return format.texts.none;
  return percent(value.value, format);
}

export function formatCell(cell: Cell, format: CellFormat): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return formatCount(cell.count, format);
    case 'rate':
      return formatRate(cell.rate, format);
    case 'number':
      return format.raw ? String(cell.value) : formatNumber(cell.value, format.language);
    case 'share':
      return percent(cell.value, format);
  }
}

/** The number a chart plots for a cell; null (no bar) for suppressed, missing and text cells. */
export function plotValue(cell: Cell | undefined): number | null {
  if (!cell) return null;
  switch (cell.kind) {
    case 'count':
      return cell.count.suppressed ? null : cell.count.value;
    case 'rate':
      return cell.rate.suppressed || cell.rate.value === null ? null : Math.round(cell.rate.value * 1000) / 10;
    case 'number':
      return cell.value;
    case 'share':
      return Math.round(cell.value * 1000) / 10;
    case 'text':
      return null;
  }
}

export function isSuppressed(cell: Cell | undefined): boolean {
  return (cell?.kind === 'count' && cell.count.suppressed) || (cell?.kind === 'rate' && cell.rate.suppressed);
}
