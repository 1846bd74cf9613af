import { describe, expect, it } from 'vitest';
import {
  type AvailabilityException,
  type Interval,
  availabilityWindows,
  mergeIntervals,
  validateException,
  validateRules,
  type WeeklyRule,
} from './availability.js';

const TUESDAY = 2;
const WEDNESDAY = 3;
const SUNDAY = 7;

/** Windows as [start, end] ISO strings, so failures show exact instants. */
const show = (windows: Interval[]) => windows.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

const rule = (weekday: number, start: string, end: string): WeeklyRule => ({ weekday, start, end });
const absence = (date: string, start: string | null = null, end: string | null = null): AvailabilityException => ({
  date,
  kind: 'ABSENCE',
  start,
  end,
});
const extra = (date: string, start: string, end: string): AvailabilityException => ({ date, kind: 'EXTRA', start, end });

describe('availabilityWindows across daylight-saving changes (Europe/Berlin)', () => {
  const rules = [rule(TUESDAY, '09:00', '12:00'), rule(SUNDAY, '09:00', '12:00')];

  it('spring forward, 2027-03-28: 09:00 local stays 09:00 (08:00Z before, 07:00Z after)', () => {
    expect(show(availabilityWindows(rules, [], '2027-03-22', '2027-03-31'))).toEqual([
      ['2027-03-23T08:00:00.000Z', '2027-03-23T11:00:00.000Z'],
      ['2027-03-28T07:00:00.000Z', '2027-03-28T10:00:00.000Z'],
      ['2027-03-30T07:00:00.000Z', '2027-03-30T10:00:00.000Z'],
    ]);
  });

  it('fall back, 2027-10-31: 09:00 local stays 09:00 (07:00Z before, 08:00Z after)', () => {
    expect(show(availabilityWindows(rules, [], '2027-10-25', '2027-11-03'))).toEqual([
      ['2027-10-26T07:00:00.000Z', '2027-10-26T10:00:00.000Z'],
      ['2027-10-31T08:00:00.000Z', '2027-10-31T11:00:00.000Z'],
      ['2027-11-02T08:00:00.000Z', '2027-11-02T11:00:00.000Z'],
    ]);
  });

  it('01:00–04:00 lasts 2 hours on the spring day and 4 hours on the autumn day', () => {
    const night = [rule(SUNDAY, '01:00', '04:00')];
    expect(show(availabilityWindows(night, [], '2027-03-28', '2027-03-28'))).toEqual([['2027-03-28T00:00:00.000Z', '2027-03-28T02:00:00.000Z']]);
    expect(show(availabilityWindows(night, [], '2027-10-31', '2027-10-31'))).toEqual([['2027-10-30T23:00:00.000Z', '2027-10-31T03:00:00.000Z']]);
  });

  it('a window inside the spring gap moves forward by the gap; in the repeated hour it is the first occurrence', () => {
    const inGap = [rule(SUNDAY, '02:15', '02:45')];
    expect(show(availabilityWindows(inGap, [], '2027-03-28', '2027-03-28'))).toEqual([['2027-03-28T01:15:00.000Z', '2027-03-28T01:45:00.000Z']]);
    expect(show(availabilityWindows(inGap, [], '2027-10-31', '2027-10-31'))).toEqual([['2027-10-31T00:15:00.000Z', '2027-10-31T00:45:00.000Z']]);
  });

  it('a window starting in the gap and ending less than the gap later collapses', () => {
    // 02:30 becomes 03:30 CEST, 03:15 stays 03:15 CEST: nothing is left.
    expect(availabilityWindows([rule(SUNDAY, '02:30', '03:15')], [], '2027-03-28', '2027-03-28')).toEqual([]);
    expect(show(availabilityWindows([rule(SUNDAY, '02:30', '04:00')], [], '2027-03-28', '2027-03-28'))).toEqual([
      ['2027-03-28T01:30:00.000Z', '2027-03-28T02:00:00.000Z'],
    ]);
  });

  it('honours another time zone', () => {
    expect(show(availabilityWindows([rule(TUESDAY, '09:00', '12:00')], [], '2027-03-08', '2027-03-16', 'America/New_York'))).toEqual([
      ['2027-03-09T14:00:00.000Z', '2027-03-09T17:00:00.000Z'],
      ['2027-03-16T13:00:00.000Z', '2027-03-16T16:00:00.000Z'],
    ]);
  });
});

describe('availabilityWindows with exceptions', () => {
  // 2027-01-12 is a Tuesday, 2027-01-13 a Wednesday; Berlin is UTC+1.
  const tuesday = [rule(TUESDAY, '09:00', '12:00')];

  it('a whole-day absence removes the day', () => {
    expect(show(availabilityWindows(tuesday, [absence('2027-01-12')], '2027-01-11', '2027-01-20'))).toEqual([
      ['2027-01-19T08:00:00.000Z', '2027-01-19T11:00:00.000Z'],
    ]);
  });

  it('a partial absence splits a window', () => {
    expect(show(availabilityWindows(tuesday, [absence('2027-01-12', '10:00', '10:30')], '2027-01-12', '2027-01-12'))).toEqual([
      ['2027-01-12T08:00:00.000Z', '2027-01-12T09:00:00.000Z'],
      ['2027-01-12T09:30:00.000Z', '2027-01-12T11:00:00.000Z'],
    ]);
  });

  it('an absence over the start or the end cuts the window short', () => {
    const exceptions = [absence('2027-01-12', '08:00', '09:30'), absence('2027-01-12', '11:45', '13:00')];
    expect(show(availabilityWindows(tuesday, exceptions, '2027-01-12', '2027-01-12'))).toEqual([
      ['2027-01-12T08:30:00.000Z', '2027-01-12T10:45:00.000Z'],
    ]);
  });

  it('extra hours open a free day', () => {
    expect(show(availabilityWindows(tuesday, [extra('2027-01-13', '14:00', '16:00')], '2027-01-13', '2027-01-13'))).toEqual([
      ['2027-01-13T13:00:00.000Z', '2027-01-13T15:00:00.000Z'],
    ]);
  });

  it('extra hours touching or overlapping a rule merge with it', () => {
    const exceptions = [extra('2027-01-12', '12:00', '13:00'), extra('2027-01-12', '08:00', '09:30')];
    expect(show(availabilityWindows(tuesday, exceptions, '2027-01-12', '2027-01-12'))).toEqual([
      ['2027-01-12T07:00:00.000Z', '2027-01-12T12:00:00.000Z'],
    ]);
  });

  it('an absence wins over extra hours of the same day, and only counts on its own day', () => {
    const exceptions = [extra('2027-01-12', '14:00', '16:00'), absence('2027-01-12', '13:00', '15:00'), absence('2027-01-13')];
    expect(show(availabilityWindows(tuesday, exceptions, '2027-01-12', '2027-01-12'))).toEqual([
      ['2027-01-12T08:00:00.000Z', '2027-01-12T11:00:00.000Z'],
      ['2027-01-12T14:00:00.000Z', '2027-01-12T15:00:00.000Z'],
    ]);
  });

  it('reads malformed exceptions on the safe side', () => {
    const exceptions: AvailabilityException[] = [
      { date: '2027-01-12', kind: 'ABSENCE', start: '10:00', end: null },
      { date: '2027-01-13', kind: 'EXTRA', start: null, end: null },
    ];
    expect(availabilityWindows(tuesday, exceptions, '2027-01-12', '2027-01-13')).toEqual([]);
  });
});

describe('availabilityWindows merging and ranges', () => {
  it('merges touching rules and a 24:00 end with the next day 00:00 start', () => {
    const rules = [
      rule(WEDNESDAY, '00:00', '02:00'),
      rule(TUESDAY, '12:00', '14:00'),
      rule(TUESDAY, '20:00', '24:00'),
      rule(TUESDAY, '09:00', '12:00'),
    ];
    expect(show(availabilityWindows(rules, [], '2027-01-12', '2027-01-13'))).toEqual([
      ['2027-01-12T08:00:00.000Z', '2027-01-12T13:00:00.000Z'],
      ['2027-01-12T19:00:00.000Z', '2027-01-13T01:00:00.000Z'],
    ]);
  });

  it('is empty for a reversed range and rejects malformed dates', () => {
    expect(availabilityWindows([rule(TUESDAY, '09:00', '12:00')], [], '2027-01-13', '2027-01-12')).toEqual([]);
    expect(() => availabilityWindows([], [], '2027-02-30', '2027-03-01')).toThrow(RangeError);
  });
});

describe('mergeIntervals', () => {
  it('sorts, joins touching or overlapping intervals and drops empty ones', () => {
    const at = (h: number) => new Date(Date.UTC(2027, 0, 12, h));
    const merged = mergeIntervals([
      { start: at(12), end: at(14) },
      { start: at(8), end: at(10) },
      { start: at(10), end: at(11) },
      { start: at(9), end: at(9) },
      { start: at(13), end: at(13) },
      { start: at(16), end: at(15) },
    ]);
    expect(show(merged)).toEqual([
      ['2027-01-12T08:00:00.000Z', '2027-01-12T11:00:00.000Z'],
      ['2027-01-12T12:00:00.000Z', '2027-01-12T14:00:00.000Z'],
    ]);
  });
});

describe('validateRules', () => {
  it('accepts valid rules, touching rules and rules of different days', () => {
    expect(validateRules([rule(1, '09:00', '12:00'), rule(1, '12:00', '24:00'), rule(2, '10:00', '11:00')])).toEqual([]);
    expect(validateRules([])).toEqual([]);
  });

  it('reports each problem once', () => {
    expect(validateRules([rule(0, '09:00', '12:00'), rule(8, '09:00', '12:00'), rule(1.5, '09:00', '12:00')])).toEqual(['INVALID_WEEKDAY']);
    expect(validateRules([rule(1, '9:00', '12:00')])).toEqual(['INVALID_TIME']);
    expect(validateRules([rule(1, '09:00', '24:30')])).toEqual(['INVALID_TIME']);
    expect(validateRules([rule(1, '12:00', '12:00')])).toEqual(['END_NOT_AFTER_START']);
    expect(validateRules([rule(1, '13:00', '12:00')])).toEqual(['END_NOT_AFTER_START']);
    expect(validateRules([rule(1, '24:00', '24:00')])).toEqual(['END_NOT_AFTER_START']);
    expect(validateRules([rule(1, '09:00', '12:00'), rule(1, '11:59', '13:00')])).toEqual(['OVERLAPPING_RULES']);
    expect(validateRules([rule(3, '08:00', '18:00'), rule(3, '10:00', '11:00')])).toEqual(['OVERLAPPING_RULES']);
    expect(validateRules([rule(9, '10:00', '09:00'), rule(2, 'x', '10:00')])).toEqual(['INVALID_WEEKDAY', 'END_NOT_AFTER_START', 'INVALID_TIME']);
  });

  it('finds an overlap with a long rule even when a short rule lies between', () => {
    expect(validateRules([rule(4, '08:00', '18:00'), rule(4, '09:00', '10:00'), rule(4, '12:00', '13:00')])).toEqual(['OVERLAPPING_RULES']);
  });
});

describe('validateException', () => {
  it('accepts whole-day and partial absences and extra hours', () => {
    expect(validateException(absence('2027-01-12'))).toEqual([]);
    expect(validateException(absence('2027-01-12', '00:00', '24:00'))).toEqual([]);
    expect(validateException(extra('2027-01-12', '18:00', '24:00'))).toEqual([]);
  });

  it('reports problems', () => {
    expect(validateException(absence('2027-02-29'))).toEqual(['INVALID_DATE']);
    expect(validateException({ date: '2027-01-12', kind: 'HOLIDAY' as 'ABSENCE', start: null, end: null })).toEqual(['INVALID_KIND']);
    expect(validateException({ date: '2027-01-12', kind: 'EXTRA', start: null, end: null })).toEqual(['MISSING_TIME']);
    expect(validateException({ date: '2027-01-12', kind: 'ABSENCE', start: '10:00', end: null })).toEqual(['MISSING_TIME']);
    expect(validateException({ date: '2027-01-12', kind: 'EXTRA', start: null, end: '10:00' })).toEqual(['MISSING_TIME']);
    expect(validateException(extra('2027-01-12', '10:00', '25:00'))).toEqual(['INVALID_TIME']);
    expect(validateException(extra('2027-01-12', '10:00', '10:00'))).toEqual(['END_NOT_AFTER_START']);
    expect(validateException(absence('12.01.2027', '11:00', '10:00'))).toEqual(['INVALID_DATE', 'END_NOT_AFTER_START']);
  });
});
