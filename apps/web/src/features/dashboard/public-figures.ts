import type { PublicPeriodKind } from '../../gql/graphql';
import { firstDayOf, periodValueOf } from './filters';
import type { DataSet, Cell } from './dataset';

/*
 * The public figures (/zahlen): which periods the page offers, how the choice sits in the URL
 * (`?zeitraum=2026` or `?zeitraum=2026-Q3`), and the JSON download of everything shown.
 */

export const PUBLIC_PERIOD_PARAM = 'zeitraum';
const YEARS = 3;
const QUARTERS = 8;

export interface PublicPeriodChoice {
  kind: PublicPeriodKind;
  /** "2026" or "2026-Q3": the URL's value. */
  value: string;
}

/** Newest first: this year and the two before, this quarter and the seven before (no future period). */
export function publicPeriodChoices(today: string): { years: PublicPeriodChoice[]; quarters: PublicPeriodChoice[] } {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const years = Array.from({ length: YEARS }, (_, index) => ({ kind: 'YEAR' as const, value: String(year - index) }));
  const quarters = Array.from({ length: QUARTERS }, (_, index) => {
    const n = year * 4 + quarter - index;
    return { kind: 'QUARTER' as const, value: `${Math.floor(n / 4)}-Q${(n % 4) + 1}` };
  });
  return { years, quarters };
}

/** The period a URL value asks for, if the page offers it; else this year. */
export function publicPeriodFrom(value: string | null, today: string): PublicPeriodChoice {
  const { years, quarters } = publicPeriodChoices(today);
  return [...years, ...quarters].find((choice) => choice.value === value) ?? years[0]!;
}

/** The query's variables for a choice. */
export function publicFiguresVariables(choice: PublicPeriodChoice): { period: PublicPeriodKind; from: string } {
  return { period: choice.kind, from: firstDayOf(choice.value)! };
}

/** The value of the period an answer describes ("2026", "2026-Q3"), for file names and the select. */
export const publicPeriodValue = (period: { kind: string; from: string }) =>
  periodValueOf(period.kind === 'QUARTER' ? 'QUARTER' : 'YEAR', period.from);

type JsonCell = string | number | { value: number | null; protection: string | null };

function jsonCell(cell: Cell): JsonCell {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return { value: cell.count.value ?? null, protection: cell.count.protection ?? null };
    case 'rate':
      return { value: cell.rate.value ?? null, protection: cell.rate.protection ?? null };
    case 'number':
    case 'share':
      return cell.value;
  }
}

export interface PublicFiguresMeta {
  title: string;
  description: string;
  licence: { name: string; url: string };
  publisher: string;
  period: { kind: string; from: string; to: string };
  asOf: string | null;
  /** What `protection` says: SMALL (1 or 2, "< 3") and PROTECTED (hidden so a small one cannot be worked out). */
  protectionNote: string;
}

/**
 * Every table of the page as one JSON document: its metadata (licence, period, as-of time) and per
 * table the columns and rows, counts as `{ value, protection }` (value null where hidden).
 */
export function publicFiguresJson(meta: PublicFiguresMeta, datasets: readonly DataSet[]): string {
  return `${JSON.stringify(
    {
      ...meta,
      datasets: datasets.map((dataset) => ({
        id: dataset.fileStem,
        title: dataset.caption,
        columns: dataset.columns.map((column) => ({ key: column.key, label: column.label })),
        rows: dataset.rows.map((row) =>
          Object.fromEntries(dataset.columns.map((column, index) => [column.key, row.cells[index] ? jsonCell(row.cells[index]) : null])),
        ),
      })),
    },
    null,
    2,
  )}\n`;
}
