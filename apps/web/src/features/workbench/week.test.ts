import { describe, expect, it } from 'vitest';
import { formatDayHeading, formatTime, formatWeekRange, formatWhen } from './time-format';
import { addDays, berlinDay, groupByDay, readWeek, weekBounds, weekEnd, weekStart } from './week';

describe('Berlin days and weeks', () => {
  it('takes the calendar day in Europe/Berlin, not UTC', () => {
    expect(berlinDay('2026-11-22T22:59:59Z')).toBe('2026-11-22');
    expect(berlinDay('2026-11-22T23:00:00Z')).toBe('2026-11-23');
    // Summer time: UTC+2.
    expect(berlinDay('2026-06-30T22:30:00Z')).toBe('2026-07-01');
  });

  it('adds days across months, years and clock changes', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-11-23', -7)).toBe('2026-11-16');
  });

  it('starts weeks on Monday and ends them on Sunday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekEnd('2026-11-23')).toBe('2026-11-29');
  });

  it('reads the week from the URL, falling back to the current one', () => {
    expect(readWeek('2026-12-02', '2026-11-25')).toBe('2026-11-30');
    expect(readWeek(null, '2026-11-25')).toBe('2026-11-23');
    expect(readWeek('2026-02-30', '2026-11-25')).toBe('2026-11-23');
    expect(readWeek('nächste', '2026-11-25')).toBe('2026-11-23');
  });

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

describe('time texts', () => {
  it('writes days, times and weeks in German and English, in Berlin time', () => {
    expect(formatDayHeading('2026-11-23', 'de')).toBe('Montag, 23. November');
    expect(formatDayHeading('2026-11-23', 'en')).toBe('Monday 23 November');
    expect(formatTime('2026-11-23T13:30:00Z', 'de')).toBe('14:30');
    expect(formatWhen('2026-11-23T13:30:00Z', '2026-11-23T14:30:00Z', 'de')).toBe('Montag, 23. November 2026, 14:30–15:30');
    expect(formatWhen('2026-07-01T08:00:00Z', '2026-07-01T09:30:00Z', 'en')).toBe('Wednesday, 1 July 2026, 10:00–11:30');
    expect(formatWeekRange('2026-11-23', '2026-11-29', 'de')).toBe('23.–29. Nov. 2026');
    expect(formatWeekRange('2026-11-30', '2026-12-06', 'en').replace(/\s/g, ' ')).toBe('30 Nov – 6 Dec 2026');
  });
});
