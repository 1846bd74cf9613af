import { describe, expect, it } from 'vitest';
import { formatDayHeading, formatTime, formatWeekRange, formatWhen } from './time-format';

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
