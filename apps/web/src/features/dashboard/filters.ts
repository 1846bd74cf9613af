import { isValidDate, MAX_CUSTOM_PERIOD_DAYS } from '@wiw/domain';
import type { DashboardFilter, DashboardPeriodKind, RegionKey } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { REGION_KEYS } from '../../lib/enums';

/**
 * Period and region of the dashboard; they live in the URL (shared by the page and its print view).
 * `zeitraum`: "2026-11" (month), "2026-Q4" (quarter), "2026" (year) or "eigener" with `von`/`bis`;
 * absent: the current quarter (the API's default). `region`: kebab-case region key; absent: all.
 */
export interface DashboardFilters {
  period: DashboardPeriodKind;
  /** MONTH "YYYY-MM", QUARTER "YYYY-Qn", YEAR "YYYY"; null: the current one. Unused for CUSTOM. */
  value: string | null;
  /** CUSTOM: first and last day ("YYYY-MM-DD"), either may be missing while being entered. */
  from: string | null;
  to: string | null;
  region: RegionKey | null;
}

export const DASHBOARD_PARAMS = { period: 'zeitraum', from: 'von', to: 'bis', region: 'region' } as const;
const CUSTOM_SLUG = 'eigener';

export const DEFAULT_DASHBOARD_FILTERS: DashboardFilters = { period: 'QUARTER', value: null, from: null, to: null, region: null };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** The kind of a period value ("2026-11" → MONTH), or null when it is none. */
export function periodKindOf(value: string): Exclude<DashboardPeriodKind, 'CUSTOM'> | null {
  if (MONTH.test(value)) return 'MONTH';
  if (QUARTER.test(value)) return 'QUARTER';
  if (YEAR.test(value)) return 'YEAR';
  return null;
}

function day(value: string | null): string | null {
  return value && isValidDate(value) ? value : null;
}

export function dashboardFiltersFromSearchParams(params: URLSearchParams): DashboardFilters {
  const region = slugToEnum(params.get(DASHBOARD_PARAMS.region), REGION_KEYS);
  const raw = params.get(DASHBOARD_PARAMS.period)?.trim().toUpperCase() ?? '';
  if (raw === CUSTOM_SLUG.toUpperCase()) {
    return { period: 'CUSTOM', value: null, from: day(params.get(DASHBOARD_PARAMS.from)), to: day(params.get(DASHBOARD_PARAMS.to)), region };
  }
  const kind = periodKindOf(raw);
  return kind ? { ...DEFAULT_DASHBOARD_FILTERS, period: kind, value: raw, region } : { ...DEFAULT_DASHBOARD_FILTERS, region };
}

/** Writes `filters` into a copy of `base`; defaults are left out so the URL stays short. */
export function dashboardFiltersToSearchParams(filters: DashboardFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of Object.values(DASHBOARD_PARAMS)) next.delete(name);
  if (filters.period === 'CUSTOM') {
    next.set(DASHBOARD_PARAMS.period, CUSTOM_SLUG);
    if (filters.from) next.set(DASHBOARD_PARAMS.from, filters.from);
    if (filters.to) next.set(DASHBOARD_PARAMS.to, filters.to);
  } else if (filters.value && periodKindOf(filters.value) === filters.period) {
    next.set(DASHBOARD_PARAMS.period, filters.value);
  }
  if (filters.region) next.set(DASHBOARD_PARAMS.region, enumToSlug(filters.region));
  return next;
}

/** First day of a month, quarter or year value ("2026-Q4" → "2026-10-01"). */
export function firstDayOf(value: string): string | null {
  const month = MONTH.exec(value);
  if (month) return `${month[1]}-${month[2]}-01`;
  const quarter = QUARTER.exec(value);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const year = YEAR.exec(value);
  return year ? `${year[1]}-01-01` : null;
}

/** The month, quarter or year value of kind `kind` that contains `day` ("2026-11-22", QUARTER → "2026-Q4"). */
export function periodValueOf(kind: Exclude<DashboardPeriodKind, 'CUSTOM'>, dayValue: string): string {
  const year = dayValue.slice(0, 4);
  const month = Number(dayValue.slice(5, 7));
  if (kind === 'YEAR') return year;
  if (kind === 'QUARTER') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return dayValue.slice(0, 7);
}

const DAY_MS = 86_400_000;

/** From and to of a custom period as typed ("" while empty or not a day). */
export interface CustomRange {
  from: string;
  to: string;
}

export type CustomRangeIssue = 'dayMissing' | 'rangeOrder' | 'rangeTooLong';

/** What keeps a custom period from being asked for, by field; none: it can be applied. */
export function customRangeIssues({ from, to }: CustomRange): Partial<Record<keyof CustomRange, CustomRangeIssue>> {
  const issues: Partial<Record<keyof CustomRange, CustomRangeIssue>> = {};
  if (!isValidDate(from)) issues.from = 'dayMissing';
  if (!isValidDate(to)) issues.to = 'dayMissing';
  if (issues.from || issues.to) return issues;
  if (to < from) return { to: 'rangeOrder' };
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS > MAX_CUSTOM_PERIOD_DAYS) return { to: 'rangeTooLong' };
  return issues;
}

/** The API filter: a stable shape (part of the query key). */
export function toDashboardFilter(filters: DashboardFilters): DashboardFilter {
  const filter: DashboardFilter = { period: filters.period };
  if (filters.period === 'CUSTOM') {
    if (filters.from) filter.from = filters.from;
    if (filters.to) filter.to = filters.to;
  } else if (filters.value) {
    const from = firstDayOf(filters.value);
    if (from) filter.from = from;
  }
  if (filters.region) filter.region = filters.region;
  return filter;
}

/** The period as the API resolved it, for file names: "2026-11", "2026-Q4", "2026", "2026-01-01_2026-03-31". */
export function periodSlug(period: { kind: DashboardPeriodKind; from: string; to: string }): string {
  if (period.kind === 'CUSTOM') return `${period.from}_${period.to}`;
  return periodValueOf(period.kind, period.from);
}
