import { describe, expect, it } from 'vitest';
import { periodFromSearchParams, periodToSearchParams, reportDownload } from './report-period';

describe('report period', () => {
  it('defaults to the current quarter and refuses years outside 2020…now', () => {
    expect(periodFromSearchParams(new URLSearchParams(''), '2026-11-05')).toEqual({ year: 2026, quarter: 4 });
    expect(periodFromSearchParams(new URLSearchParams('jahr=2031&quartal=9'), '2026-02-01')).toEqual({ year: 2026, quarter: 1 });
    expect(periodFromSearchParams(new URLSearchParams('jahr=2025&quartal=alle'), '2026-02-01')).toEqual({ year: 2025, quarter: null });
  });

  it('round-trips and names the downloads', () => {
    const period = { year: 2025, quarter: 2 };
    expect(periodFromSearchParams(periodToSearchParams(period), '2026-01-01')).toEqual(period);
    expect(reportDownload('report.csv', { year: 2025, quarter: null })).toBe('/transparency/report.csv?year=2025');
  });
});
