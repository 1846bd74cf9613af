import { describe, expect, it } from 'vitest';
import { addDays, berlinDay, berlinFormat, isoWeekday, mondayOf, weekDays, weekFromParam } from './berlin-time';

describe('berlin-time', () => {
  it('takes the Berlin calendar day of an instant, not the UTC one', () => {
    expect(berlinDay('2026-11-22T23:30:00Z')).toBe('2026-11-23');
    expect(berlinDay('2026-07-01T22:30:00Z')).toBe('2026-07-02');
    expect(berlinDay('2026-07-01T21:30:00Z')).toBe('2026-07-01');
  });

  it('counts days across months, years and clock changes', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-30', -7)).toBe('2026-03-23');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('finds the Monday of a week (ISO weekdays, Sunday = 7)', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(weekDays('2026-11-23')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it('reads ?woche= as that week, and falls back to the current Berlin week', () => {
    const now = new Date('2026-11-29T23:30:00Z'); // Monday 00:30 in Berlin
    expect(weekFromParam('2026-12-09', now)).toBe('2026-12-07');
    expect(weekFromParam('2026-02-31', now)).toBe('2026-11-30');
    expect(weekFromParam(null, now)).toBe('2026-11-30');
  });

  it('shows times and days in Europe/Berlin in both languages', () => {
    const de = berlinFormat('de');
    expect(de.timeRange('2026-07-01T07:00:00Z', '2026-07-01T08:30:00Z')).toBe('09:00–10:30');
    expect(de.time('2026-12-01T07:00:00Z')).toBe('08:00');
    expect(de.longDay('2026-11-23')).toBe('Montag, 23. November 2026');
    expect(de.weekdayName(7)).toBe('Sonntag');
    const en = berlinFormat('en');
    // ICU versions differ in the comma after the weekday.
    expect(en.longDay('2026-11-23')).toMatch(/^Monday,? 23 November 2026$/);
    expect(en.weekdayName(1)).toBe('Monday');
  });
});
