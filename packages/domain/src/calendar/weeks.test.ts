import { describe, expect, it } from 'vitest';
import { berlinDate } from '../time.js';
import { dayStart, weekDays, weekEnd, weekOf, weekStart } from './weeks.js';

const iso = (date: Date) => date.toISOString();

describe('weeks', () => {
  it('start on Monday and end on Sunday, across months and years', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekEnd('2026-11-23')).toBe('2026-11-29');
    expect(weekEnd('2026-12-28')).toBe('2027-01-03');
  });

  it('list their seven days, also over a clock change', () => {
    expect(weekDays('2026-11-23')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(weekDays('2026-10-19').at(-1)).toBe('2026-10-25');
    expect(weekDays('2027-03-22').at(-1)).toBe('2027-03-28');
  });

  it('are read from a URL by any of their days, else the week of today', () => {
    expect(weekOf('2026-12-02', '2026-11-25')).toBe('2026-11-30');
    expect(weekOf('2026-12-09', '2026-11-30')).toBe('2026-12-07');
    expect(weekOf(null, '2026-11-25')).toBe('2026-11-23');
    expect(weekOf(undefined, '2026-11-25')).toBe('2026-11-23');
    expect(weekOf('2026-02-30', '2026-11-25')).toBe('2026-11-23');
    expect(weekOf('nächste', '2026-11-25')).toBe('2026-11-23');
  });

  it('of today follow the Berlin day, not the UTC one', () => {
    // Sunday 23:30 UTC is Monday 00:30 in Berlin: already the next week.
    expect(weekOf(null, berlinDate(new Date('2026-11-29T23:30:00Z')))).toBe('2026-11-30');
  });
});

describe('dayStart', () => {
  it('is Berlin midnight: UTC+1 in winter, UTC+2 in summer', () => {
    expect(iso(dayStart('2026-11-01'))).toBe('2026-10-31T23:00:00.000Z');
    expect(iso(dayStart('2026-07-01'))).toBe('2026-06-30T22:00:00.000Z');
  });

  it('takes the offset of the day itself around both clock changes', () => {
    expect(iso(dayStart('2026-03-29'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(dayStart('2026-03-30'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(dayStart('2026-10-25'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(dayStart('2026-10-26'))).toBe('2026-10-25T23:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(() => dayStart('2026-02-30')).toThrow(RangeError);
    expect(() => dayStart('1.11.2026')).toThrow(RangeError);
  });
});
