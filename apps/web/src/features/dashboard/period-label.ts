import type { TFunction } from 'i18next';
import type { DashboardPeriodKind } from '../../gql/graphql';
import type { Language } from '../../i18n';
import { formatDate, localeFor, parseDateOnly, TIME_ZONE } from '../../lib/format';

export interface PeriodValue {
  kind: DashboardPeriodKind;
  from: string;
  to: string;
}

function monthName(day: string, language: Language): string {
  const date = parseDateOnly(day);
  if (!date) return day;
  return new Intl.DateTimeFormat(localeFor(language), { month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/** "November 2026", "4. Quartal 2026", "2026" or "1. Januar 2026 – 31. März 2026". */
export function periodName(period: PeriodValue, language: Language, t: TFunction): string {
  switch (period.kind) {
    case 'MONTH':
      return monthName(period.from, language);
    case 'QUARTER':
      return t('dashboard.period.quarter', { quarter: Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1, year: period.from.slice(0, 4) });
    case 'YEAR':
      return period.from.slice(0, 4);
    case 'CUSTOM':
      return periodRange(period, language, t);
  }
}

/** "1. Oktober 2026 – 31. Dezember 2026". */
export function periodRange(period: PeriodValue, language: Language, t: TFunction): string {
  return t('dashboard.period.range', { from: formatDate(period.from, language), to: formatDate(period.to, language) });
}

/** "4. Quartal 2026 (1. Oktober 2026 – 31. Dezember 2026)"; a custom period is its range. */
export function periodDescription(period: PeriodValue, language: Language, t: TFunction): string {
  const name = periodName(period, language, t);
  return period.kind === 'CUSTOM' ? name : `${name} (${periodRange(period, language, t)})`;
}

/**
 * The server refreshes the figures every 30 seconds and they must never be more than a minute old:
 * figures already older than this when the page fetched them mean the server's refresh is failing.
 */
export const STALE_AT_FETCH_MS = 90_000;

/**
 * Were the figures (as of `asOf`, the server's refresh) already stale when they were fetched
 * (`fetchedAt`, React Query's `dataUpdatedAt`)? How long the page has been open does not matter:
 * it fetches again every 30 seconds, and a failed fetch has a notice of its own.
 */
export function isStale(asOf: string | null, fetchedAt: number): boolean {
  if (!asOf || !fetchedAt) return false;
  const time = new Date(asOf).getTime();
  return Number.isFinite(time) && fetchedAt - time > STALE_AT_FETCH_MS;
}
