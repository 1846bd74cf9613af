import { describe, expect, it } from 'vitest';
import { periodChoices } from './DashboardFilterForm';

describe('periodChoices', () => {
  it('offers this year and five back, newest first, none ahead', () => {
    expect(periodChoices('YEAR', '2026-11-22')).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
  });

  it('offers no future quarter or month', () => {
    expect(periodChoices('QUARTER', '2026-11-22').slice(0, 5)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
    expect(periodChoices('QUARTER', '2026-03-31')[0]).toBe('2026-Q1');
    expect(periodChoices('QUARTER', '2026-04-01')[0]).toBe('2026-Q2');
    expect(periodChoices('MONTH', '2026-01-15').slice(0, 2)).toEqual(['2026-01', '2025-12']);
    expect(periodChoices('MONTH', '2026-11-22')).toHaveLength(11 + 5 * 12);
  });

  it("adds the URL's period when it lies outside, in its place", () => {
    expect(periodChoices('YEAR', '2026-11-22', '2015')).toEqual(['2026', '2025', '2024', '2023', '2022', '2021', '2015']);
    // A future period typed into the URL is shown as chosen, though never offered.
    expect(periodChoices('QUARTER', '2026-11-22', '2030-Q2').slice(0, 2)).toEqual(['2030-Q2', '2026-Q4']);
    expect(periodChoices('MONTH', '2026-11-22', '2026-11')).toHaveLength(11 + 5 * 12);
    // A value of another kind is not a choice of this one.
    expect(periodChoices('YEAR', '2026-11-22', '2015-03')).not.toContain('2015-03');
  });
});
