import { describe, expect, it } from 'vitest';
import { berlinFormat } from './berlin-format';

describe('berlinFormat', () => {
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

  it('names the zone of a time in the repeated autumn hour', () => {
    const de = berlinFormat('de');
    expect(de.time('2027-10-31T00:30:00Z')).toBe('02:30 MESZ');
    expect(de.timeRange('2027-10-31T01:30:00Z', '2027-10-31T02:00:00Z')).toBe('02:30 MEZ–03:00');
    expect(berlinFormat('en').time('2027-10-31T01:30:00Z')).toBe('02:30 CET');
    expect(de.time('2027-10-31T02:30:00Z')).toBe('03:30');
  });
});
