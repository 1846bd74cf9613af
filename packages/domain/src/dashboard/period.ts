import { MAX_CUSTOM_PERIOD_DAYS } from '../limits/dashboard.js';

/** The period a dashboard shows: a calendar month, quarter or year, or a range of whole months. */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR' | 'CUSTOM';

export interface PeriodRequest {
  kind: PeriodKind;
  /** Today in Berlin ("YYYY-MM-DD"): the preset periods are the ones containing it. */
  reference: string;
  /** CUSTOM: first day; presets: a day inside the wanted month, quarter or year. */
  from?: string;
  /** CUSTOM: last day (included). */
  to?: string;
}

export interface Period {
  kind: PeriodKind;
  /** First day, included ("YYYY-MM-DD"). */
  from: string;
  /** Last day, included. */
  to: string;
}

export class PeriodError extends Error {
  constructor(readonly reason: 'MISSING_BOUNDS' | 'REVERSED' | 'TOO_LONG') {
    super(
      reason === 'MISSING_BOUNDS'
        ? 'A custom period needs from and to.'
        : reason === 'REVERSED'
          ? 'The end of the period lies before its start.'
          : `A custom period may span at most ${MAX_CUSTOM_PERIOD_DAYS} days.`,
    );
  }
}

const DAY_MS = 86_400_000;
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);

export function resolvePeriod(request: PeriodRequest): Period {
  const { kind } = request;
  if (kind === 'CUSTOM') {
    const { from, to } = request;
    if (!from || !to) throw new PeriodError('MISSING_BOUNDS');
    if (to < from) throw new PeriodError('REVERSED');
    if ((Date.parse(to) - Date.parse(from)) / DAY_MS > MAX_CUSTOM_PERIOD_DAYS) throw new PeriodError('TOO_LONG');
    // Whole months: two periods then differ by whole months, which the disclosure control
    // protects (disclosure.ts), never by a single day or week.
    return { kind, from: firstOfMonth(from), to: lastOfMonth(to) };
  }
  const [year, month] = (request.from ?? request.reference).split('-').map(Number) as [number, number];
  const m = month - 1;
  if (kind === 'MONTH') return { kind, from: day(year, m, 1), to: day(year, m + 1, 0) };
  if (kind === 'QUARTER') {
    const first = m - (m % 3);
    return { kind, from: day(year, first, 1), to: day(year, first + 3, 0) };
  }
  return { kind, from: day(year, 0, 1), to: day(year, 11, 31) };
}

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
const lastOfMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return day(year, month, 0);
};
