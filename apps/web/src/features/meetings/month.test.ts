import { describe, expect, it } from 'vitest';
import { monthOf, monthRange, monthWeeks, shiftMonth } from './month';

describe('the month view calendar', () => {
  it('reads the month from the URL or falls back to today’s', () => {
    expect(monthOf('2027-03', '2026-12-05')).toBe('2027-03');
    expect(monthOf('2027-13', '2026-12-05')).toBe('2026-12');
    expect(monthOf(null, '2026-12-05')).toBe('2026-12');
  });

  it('moves across years', () => {
    expect(shiftMonth('2027-12', 1)).toBe('2028-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });

  it('begins and ends at Berlin midnight on both sides of the clock changes', () => {
    // March 2027: CET at the start, CEST at the end (the clocks go forward on 28 March).
    expect(monthRange('2027-03')).toEqual({ from: new Date('2027-02-28T23:00:00Z'), to: new Date('2027-03-31T22:00:00Z') });
    // October 2027: CEST at the start, CET at the end (back on 31 October).
    expect(monthRange('2027-10')).toEqual({ from: new Date('2027-09-30T22:00:00Z'), to: new Date('2027-10-31T23:00:00Z') });
  });

  it('lays the month out in whole weeks from Monday to Sunday', () => {
    const weeks = monthWeeks('2027-03');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBe('2027-03-01');
    expect(weeks.at(-1)!.at(-1)).toBe('2027-04-04');
    expect(monthWeeks('2027-02')[0]![0]).toBe('2027-02-01');
    expect(monthWeeks('2027-08')).toHaveLength(6);
    expect(monthWeeks('2027-08')[0]![0]).toBe('2027-07-26');
  });
});
