import { describe, expect, it } from 'vitest';
import { formatDayHeading, formatTime, formatTimeRange, formatWeekRange, formatWhen } from './time-format';

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

  it('name the zone only where the clock repeats (2027-10-31)', () => {
    expect(formatTimeRange('2027-10-30T08:00:00Z', '2027-10-30T09:00:00Z', 'de')).toBe('10:00–11:00');
    expect(formatTimeRange('2027-10-31T00:30:00Z', '2027-10-31T01:00:00Z', 'de')).toBe('02:30 MESZ–02:00 MEZ');
    expect(formatTimeRange('2027-10-31T01:30:00Z', '2027-10-31T02:00:00Z', 'en')).toBe('02:30 CET–03:00');
    expect(formatWhen('2027-10-31T01:30:00Z', '2027-10-31T02:00:00Z', 'de')).toBe('Sonntag, 31. Oktober 2027, 02:30 MEZ–03:00');
  });
});
