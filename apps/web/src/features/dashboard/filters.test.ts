import { describe, expect, it } from 'vitest';
import {
  dashboardFiltersFromSearchParams as read,
  dashboardFiltersToSearchParams as write,
  customRangeIssues,
  DEFAULT_DASHBOARD_FILTERS,
  periodSlug,
  periodValueOf,
  toDashboardFilter,
} from './filters';

const params = (query: string) => new URLSearchParams(query);

describe('dashboard filters ↔ URL', () => {
  it('reads nothing as the current quarter for all regions (the API default)', () => {
    expect(read(params(''))).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(toDashboardFilter(DEFAULT_DASHBOARD_FILTERS)).toEqual({ period: 'QUARTER' });
    expect(write(DEFAULT_DASHBOARD_FILTERS).toString()).toBe('');
  });

  it('reads and writes a month, a quarter and a year with the region', () => {
    const month = read(params('zeitraum=2026-11&region=maerkischer-kreis'));
    expect(month).toEqual({ period: 'MONTH', value: '2026-11', from: null, to: null, region: 'MAERKISCHER_KREIS' });
    expect(toDashboardFilter(month)).toEqual({ period: 'MONTH', from: '2026-11-01', region: 'MAERKISCHER_KREIS' });
    expect(write(month).toString()).toBe('zeitraum=2026-11&region=maerkischer-kreis');

    const quarter = read(params('zeitraum=2026-q4'));
    expect(quarter.value).toBe('2026-Q4');
    expect(toDashboardFilter(quarter)).toEqual({ period: 'QUARTER', from: '2026-10-01' });
    expect(write(quarter).toString()).toBe('zeitraum=2026-Q4');

    const year = read(params('zeitraum=2025'));
    expect(toDashboardFilter(year)).toEqual({ period: 'YEAR', from: '2025-01-01' });
  });

  it('reads a custom period, keeping a missing end for the API to refuse', () => {
    const custom = read(params('zeitraum=eigener&von=2026-01-01&bis=2026-03-31'));
    expect(toDashboardFilter(custom)).toEqual({ period: 'CUSTOM', from: '2026-01-01', to: '2026-03-31' });
    expect(write(custom).toString()).toBe('zeitraum=eigener&von=2026-01-01&bis=2026-03-31');
    expect(toDashboardFilter(read(params('zeitraum=eigener&von=2026-01-01&bis=2026-02-30')))).toEqual({ period: 'CUSTOM', from: '2026-01-01' });
  });

  it('ignores values that are no period or region, and keeps other parameters', () => {
    expect(read(params('zeitraum=2026-13&region=mars'))).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(read(params('zeitraum=Q4'))).toEqual(DEFAULT_DASHBOARD_FILTERS);
    expect(write({ ...DEFAULT_DASHBOARD_FILTERS, region: 'OLPE' }, params('x=1&von=2020-01-01')).toString()).toBe('x=1&region=olpe');
  });

  it('finds the month, quarter or year of a day and names the period for file names', () => {
    expect(periodValueOf('MONTH', '2026-11-22')).toBe('2026-11');
    expect(periodValueOf('QUARTER', '2026-11-22')).toBe('2026-Q4');
    expect(periodValueOf('QUARTER', '2026-01-01')).toBe('2026-Q1');
    expect(periodValueOf('YEAR', '2026-11-22')).toBe('2026');
    expect(periodSlug({ kind: 'QUARTER', from: '2026-10-01', to: '2026-12-31' })).toBe('2026-Q4');
    expect(periodSlug({ kind: 'CUSTOM', from: '2026-01-01', to: '2026-03-31' })).toBe('2026-01-01_2026-03-31');
  });
});

describe('customRangeIssues', () => {
  it('accepts two valid days in order, at most 3700 days apart', () => {
    expect(customRangeIssues({ from: '2026-01-01', to: '2026-03-31' })).toEqual({});
    expect(customRangeIssues({ from: '2026-01-01', to: '2026-01-01' })).toEqual({});
  });

  it('names the field that is missing, reversed or too far', () => {
    expect(customRangeIssues({ from: '', to: '2026-03-31' })).toEqual({ from: 'dayMissing' });
    expect(customRangeIssues({ from: '2026-02-30', to: '' })).toEqual({ from: 'dayMissing', to: 'dayMissing' });
    expect(customRangeIssues({ from: '2026-04-01', to: '2026-03-31' })).toEqual({ to: 'rangeOrder' });
    // Typing the year digit by digit passes through "0202": never sent to the API.
    expect(customRangeIssues({ from: '0202-01-01', to: '2026-03-31' })).toEqual({ to: 'rangeTooLong' });
  });
});
