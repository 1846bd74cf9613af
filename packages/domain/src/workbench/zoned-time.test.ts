import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatMinutes,
  instantToZoned,
  isoWeekday,
  isValidDate,
  isValidTimeOfDay,
  isRepeatedWallTime,
  berlinZoneAbbreviation,
  minutesOfDay,
  zonedReadings,
  zonedToInstant,
} from './zoned-time.js';

const iso = (date: Date) => date.toISOString();

describe('zonedToInstant', () => {
  it('uses the Berlin offset of the day: +1 in winter, +2 in summer', () => {
    expect(iso(zonedToInstant('2027-01-12', '09:00'))).toBe('2027-01-12T08:00:00.000Z');
    expect(iso(zonedToInstant('2027-07-13', '09:00'))).toBe('2027-07-13T07:00:00.000Z');
  });

  it('reads 24:00 as 00:00 of the next day', () => {
    expect(iso(zonedToInstant('2027-01-12', '24:00'))).toBe('2027-01-12T23:00:00.000Z');
    expect(iso(zonedToInstant('2027-12-31', '24:00'))).toBe('2027-12-31T23:00:00.000Z');
    expect(iso(zonedToInstant('2027-03-27', '24:00'))).toBe('2027-03-27T23:00:00.000Z');
  });

  it('spring forward (2027-03-28): times in the gap move forward by the gap', () => {
    expect(iso(zonedToInstant('2027-03-28', '01:59'))).toBe('2027-03-28T00:59:00.000Z');
    expect(iso(zonedToInstant('2027-03-28', '02:00'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(zonedToInstant('2027-03-28', '02:30'))).toBe('2027-03-28T01:30:00.000Z');
    expect(iso(zonedToInstant('2027-03-28', '03:00'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(zonedToInstant('2027-03-28', '03:30'))).toBe('2027-03-28T01:30:00.000Z');
    expect(instantToZoned(zonedToInstant('2027-03-28', '02:30')).time).toBe('03:30');
  });

  it('fall back (2027-10-31): a repeated time takes the earlier instant (summer time)', () => {
    expect(iso(zonedToInstant('2027-10-31', '01:59'))).toBe('2027-10-30T23:59:00.000Z');
    expect(iso(zonedToInstant('2027-10-31', '02:00'))).toBe('2027-10-31T00:00:00.000Z');
    expect(iso(zonedToInstant('2027-10-31', '02:30'))).toBe('2027-10-31T00:30:00.000Z');
    expect(iso(zonedToInstant('2027-10-31', '02:59'))).toBe('2027-10-31T00:59:00.000Z');
    expect(iso(zonedToInstant('2027-10-31', '03:00'))).toBe('2027-10-31T02:00:00.000Z');
  });

  it('names both readings of a repeated time, earlier first, and one reading otherwise', () => {
    const readings = (date: string, time: string, zone?: string) => zonedReadings(date, time, zone).map(iso);
    expect(readings('2027-10-31', '02:30')).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
    expect(readings('2027-10-31', '02:00')).toEqual(['2027-10-31T00:00:00.000Z', '2027-10-31T01:00:00.000Z']);
    expect(readings('2027-10-31', '03:00')).toEqual(['2027-10-31T02:00:00.000Z']);
    expect(readings('2027-10-31', '01:59')).toEqual(['2027-10-30T23:59:00.000Z']);
    expect(readings('2027-03-28', '02:30')).toEqual(['2027-03-28T01:30:00.000Z']);
    expect(readings('2027-11-07', '01:30', 'America/New_York')).toEqual(['2027-11-07T05:30:00.000Z', '2027-11-07T06:30:00.000Z']);
    expect(readings('2027-06-01', '12:00', 'UTC')).toEqual(['2027-06-01T12:00:00.000Z']);
  });

  it('honours another zone', () => {
    expect(iso(zonedToInstant('2027-01-12', '09:00', 'America/New_York'))).toBe('2027-01-12T14:00:00.000Z');
    // New York springs forward on 2027-03-14 and falls back on 2027-11-07.
    expect(iso(zonedToInstant('2027-03-14', '02:30', 'America/New_York'))).toBe('2027-03-14T07:30:00.000Z');
    expect(iso(zonedToInstant('2027-11-07', '01:30', 'America/New_York'))).toBe('2027-11-07T05:30:00.000Z');
    expect(iso(zonedToInstant('2027-03-28', '02:30', 'UTC'))).toBe('2027-03-28T02:30:00.000Z');
    expect(iso(zonedToInstant('2027-03-28', '02:30', 'Asia/Kolkata'))).toBe('2027-03-27T21:00:00.000Z');
  });

  it('rejects malformed input', () => {
    expect(() => zonedToInstant('2027-02-29', '09:00')).toThrow(RangeError);
    expect(() => zonedToInstant('2027-01-12', '9:00')).toThrow(RangeError);
    expect(() => zonedToInstant('2027-01-12', '24:01')).toThrow(RangeError);
    expect(() => zonedToInstant('2027-01-12', '09:00', 'Europe/Nowhere')).toThrow(RangeError);
  });
});

describe('instantToZoned', () => {
  it('gives the local date, time and ISO weekday', () => {
    expect(instantToZoned(new Date('2027-03-28T00:59:00Z'))).toEqual({ date: '2027-03-28', time: '01:59', weekday: 7 });
    expect(instantToZoned(new Date('2027-03-28T01:00:00Z'))).toEqual({ date: '2027-03-28', time: '03:00', weekday: 7 });
    expect(instantToZoned(new Date('2027-10-31T00:30:00Z'))).toEqual({ date: '2027-10-31', time: '02:30', weekday: 7 });
    expect(instantToZoned(new Date('2027-10-31T01:30:00Z'))).toEqual({ date: '2027-10-31', time: '02:30', weekday: 7 });
    // 23:30 UTC on a Sunday is already Monday in Berlin.
    expect(instantToZoned(new Date('2027-01-10T23:30:59.999Z'))).toEqual({ date: '2027-01-11', time: '00:30', weekday: 1 });
    expect(instantToZoned(new Date('2027-01-10T23:30:00Z'), 'America/New_York')).toEqual({
      date: '2027-01-10',
      time: '18:30',
      weekday: 7,
    });
  });

  it('round-trips with zonedToInstant outside the repeated hour', () => {
    for (const [date, time] of [
      ['2027-03-28', '03:00'],
      ['2027-10-31', '02:00'],
      ['2027-10-31', '03:00'],
      ['2027-06-30', '23:45'],
    ] as const) {
      expect(instantToZoned(zonedToInstant(date, time))).toMatchObject({ date, time });
    }
  });

  it('rejects an invalid date', () => {
    expect(() => instantToZoned(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and years, independent of DST', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2027-10-31', 0)).toBe('2027-10-31');
    expect(() => addDays('2027-10-31', 0.5)).toThrow(RangeError);
  });

  it('gives ISO weekdays', () => {
    expect(isoWeekday('2027-03-22')).toBe(1);
    expect(isoWeekday('2027-03-23')).toBe(2);
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(isoWeekday('2027-10-31')).toBe(7);
    expect(isoWeekday('2028-02-29')).toBe(2);
  });

  it('converts times of day to minutes and back', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('09:05')).toBe(545);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(formatMinutes(0)).toBe('00:00');
    expect(formatMinutes(545)).toBe('09:05');
    expect(formatMinutes(1440)).toBe('24:00');
    expect(() => minutesOfDay('12:60')).toThrow(RangeError);
    expect(() => formatMinutes(1441)).toThrow(RangeError);
    expect(() => formatMinutes(-1)).toThrow(RangeError);
    expect(() => formatMinutes(1.5)).toThrow(RangeError);
  });
});

describe('validity', () => {
  it('accepts only real calendar days as YYYY-MM-DD', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('2027-04-31')).toBe(false);
    expect(isValidDate('2027-13-01')).toBe(false);
    expect(isValidDate('2027-00-10')).toBe(false);
    expect(isValidDate('2027-1-10')).toBe(false);
    expect(isValidDate('2027-01-10T00:00')).toBe(false);
    expect(isValidDate(20270110)).toBe(false);
  });

  it('accepts HH:MM from 00:00 to 24:00', () => {
    expect(isValidTimeOfDay('00:00')).toBe(true);
    expect(isValidTimeOfDay('23:59')).toBe(true);
    expect(isValidTimeOfDay('24:00')).toBe(true);
    expect(isValidTimeOfDay('24:30')).toBe(false);
    expect(isValidTimeOfDay('25:00')).toBe(false);
    expect(isValidTimeOfDay('12:60')).toBe(false);
    expect(isValidTimeOfDay('9:00')).toBe(false);
    expect(isValidTimeOfDay('09:00:00')).toBe(false);
    expect(isValidTimeOfDay(null)).toBe(false);
  });
});

describe('isRepeatedWallTime and berlinZoneAbbreviation', () => {
  const at = (iso: string) => new Date(iso);

  it('marks exactly the two readings of the repeated hour on 2027-10-31', () => {
    expect(isRepeatedWallTime(at('2027-10-30T23:59:59Z'))).toBe(false); // 01:59:59 CEST
    expect(isRepeatedWallTime(at('2027-10-31T00:00:00Z'))).toBe(true); // 02:00 CEST
    expect(isRepeatedWallTime(at('2027-10-31T00:30:00Z'))).toBe(true); // 02:30 CEST
    expect(isRepeatedWallTime(at('2027-10-31T01:30:00Z'))).toBe(true); // 02:30 CET
    expect(isRepeatedWallTime(at('2027-10-31T01:59:59Z'))).toBe(true); // 02:59:59 CET
    expect(isRepeatedWallTime(at('2027-10-31T02:00:00Z'))).toBe(false); // 03:00 CET
  });

  it('never marks the spring change or an ordinary day', () => {
    for (const iso of ['2027-03-28T00:59:00Z', '2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z', '2027-07-01T12:00:00Z', '2027-01-12T08:00:00Z']) {
      expect(isRepeatedWallTime(at(iso))).toBe(false);
    }
  });

  it('works for other zones too (New York falls back on 2027-11-07)', () => {
    expect(isRepeatedWallTime(at('2027-11-07T05:30:00Z'), 'America/New_York')).toBe(true); // 01:30 EDT
    expect(isRepeatedWallTime(at('2027-11-07T06:30:00Z'), 'America/New_York')).toBe(true); // 01:30 EST
    expect(isRepeatedWallTime(at('2027-11-07T07:30:00Z'), 'America/New_York')).toBe(false); // 02:30 EST
  });

  it('names the zone in force in both languages', () => {
    expect(berlinZoneAbbreviation(at('2027-10-31T00:30:00Z'), 'de')).toBe('MESZ');
    expect(berlinZoneAbbreviation(at('2027-10-31T01:30:00Z'), 'de')).toBe('MEZ');
    expect(berlinZoneAbbreviation(at('2027-10-31T00:30:00Z'), 'en')).toBe('CEST');
    expect(berlinZoneAbbreviation(at('2027-10-31T01:30:00Z'), 'en')).toBe('CET');
  });
});
