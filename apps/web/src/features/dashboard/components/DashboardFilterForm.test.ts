import { describe, expect, it } from 'vitest';
import { periodChoices } from './DashboardFilterForm';

describe('periodChoices', () => {
  it('offers five years back and one ahead, newest first', () => {
    expect(periodChoices('YEAR', '2026-11-22')).toEqual(['2027', '2026', '2025', '2024', '2023', '2022', '2021']);
  });

  it("adds the URL's period when it lies outside, in its place", () => {
    expect(periodChoices('YEAR', '2026-11-22', '2015')).toEqual(['2027', '2026', '2025', '2024', '2023', '2022', '2021', '2015']);
    expect(periodChoices('QUARTER', '2026-11-22', '2030-Q2').slice(0, 2)).toEqual(['2030-Q2', '2027-Q4']);
    expect(periodChoices('MONTH', '2026-11-22', '2026-11')).toHaveLength(7 * 12);
    // A value of another kind is not a choice of this one.
    expect(periodChoices('YEAR', '2026-11-22', '2015-03')).not.toContain('2015-03');
  });
});
