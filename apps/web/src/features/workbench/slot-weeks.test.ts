import { describe, expect, it } from 'vitest';
import { groupByDay, weekBounds } from './slot-weeks';

describe('weeks of the slot pickers', () => {
  it('navigates from the current week to the week of the last bookable day', () => {
    expect(weekBounds('2026-11-23', '2026-11-25', 60)).toEqual({ canGoBack: false, canGoForward: true });
    expect(weekBounds('2026-11-30', '2026-11-25', 60)).toEqual({ canGoBack: true, canGoForward: true });
    // Horizon 7 days: the last bookable day is Wednesday 2 December, in the next week.
    expect(weekBounds('2026-11-23', '2026-11-25', 7)).toEqual({ canGoBack: false, canGoForward: true });
    expect(weekBounds('2026-11-30', '2026-11-25', 7)).toEqual({ canGoBack: true, canGoForward: false });
  });

  it('groups slots by their Berlin day', () => {
    const groups = groupByDay([{ startsAt: '2026-11-23T07:00:00Z' }, { startsAt: '2026-11-23T23:30:00Z' }, { startsAt: '2026-11-24T08:00:00Z' }]);
    expect(groups.map((group) => [group.day, group.items.length])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-24', 2],
    ]);
  });
});
