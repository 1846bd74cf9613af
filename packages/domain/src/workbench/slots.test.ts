import { describe, expect, it } from 'vitest';
import { availabilityPieces, availabilityWindows, type Interval } from './availability.js';
import {
  blockedRange,
  bookableStarts,
  bookingWindow,
  cancellationDeadline,
  changeRefusal,
  checkBookingTime,
  defaultStepMinutes,
  fitsWindows,
  gridStarts,
  type SlotFormat,
} from './slots.js';

const format = (overrides: Partial<SlotFormat> = {}): SlotFormat => ({
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeHours: 24,
  bookingHorizonDays: 30,
  cancellationDeadlineHours: 48,
  ...overrides,
});

const at = (iso: string) => new Date(iso);
const interval = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
const show = (intervals: Interval[]) => intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);
const starts = (intervals: Interval[]) => intervals.map(({ start }) => start.toISOString().slice(11, 16));

/** Monday; 24 hours' notice makes Tuesday 2027-01-12 08:00Z the earliest start. */
const NOW = at('2027-01-11T08:00:00Z');

describe('blockedRange', () => {
  it('adds the buffers on both sides of the meeting', () => {
    const range = blockedRange(at('2027-01-12T10:00:00Z'), format({ durationMinutes: 45, bufferBeforeMinutes: 10, bufferAfterMinutes: 15 }));
    expect(show([range])).toEqual([['2027-01-12T09:50:00.000Z', '2027-01-12T11:00:00.000Z']]);
  });
});

describe('bookingWindow and checkBookingTime', () => {
  it('runs from now + notice to now + horizon days', () => {
    expect(show([bookingWindow(format(), NOW)])).toEqual([['2027-01-12T08:00:00.000Z', '2027-02-10T08:00:00.000Z']]);
  });

  it('counts the horizon in 24-hour days, also across a daylight-saving change', () => {
    expect(bookingWindow(format({ bookingHorizonDays: 2 }), at('2027-03-27T12:00:00Z')).end.toISOString()).toBe('2027-03-29T12:00:00.000Z');
  });

  it('allows a start exactly at either boundary', () => {
    expect(checkBookingTime(format(), at('2027-01-12T08:00:00.000Z'), NOW)).toBeNull();
    expect(checkBookingTime(format(), at('2027-02-10T08:00:00.000Z'), NOW)).toBeNull();
  });

  it('rejects a start just outside', () => {
    expect(checkBookingTime(format(), at('2027-01-12T07:59:59.999Z'), NOW)).toBe('TOO_SHORT_NOTICE');
    expect(checkBookingTime(format(), at('2027-02-10T08:00:00.001Z'), NOW)).toBe('OUTSIDE_HORIZON');
  });

  it('treats a start in the past as too short a notice, even without a minimum notice', () => {
    expect(checkBookingTime(format(), at('2027-01-10T08:00:00Z'), NOW)).toBe('TOO_SHORT_NOTICE');
    expect(checkBookingTime(format({ minimumNoticeHours: 0 }), at('2027-01-11T07:59:59.999Z'), NOW)).toBe('TOO_SHORT_NOTICE');
    expect(checkBookingTime(format({ minimumNoticeHours: 0 }), NOW, NOW)).toBeNull();
  });
});

describe('bookableStarts grid', () => {
  const tuesday = [interval('2027-01-12T08:00:00Z', '2027-01-12T11:30:00Z')];

  it('steps by the duration from the window start; a meeting must fit wholly', () => {
    expect(show(bookableStarts({ format: format(), windows: tuesday, busy: [], now: NOW }))).toEqual([
      ['2027-01-12T08:00:00.000Z', '2027-01-12T09:00:00.000Z'],
      ['2027-01-12T09:00:00.000Z', '2027-01-12T10:00:00.000Z'],
      ['2027-01-12T10:00:00.000Z', '2027-01-12T11:00:00.000Z'],
    ]);
  });

  it('takes an explicit step', () => {
    expect(starts(bookableStarts({ format: format(), windows: tuesday, busy: [], now: NOW, stepMinutes: 30 }))).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
    ]);
  });

  it('steps at least 15 minutes by default', () => {
    expect(defaultStepMinutes(format({ durationMinutes: 10 }))).toBe(15);
    expect(defaultStepMinutes(format({ durationMinutes: 45 }))).toBe(45);
    const windows = [interval('2027-01-12T08:00:00Z', '2027-01-12T09:00:00Z')];
    expect(show(bookableStarts({ format: format({ durationMinutes: 10 }), windows, busy: [], now: NOW }))).toEqual([
      ['2027-01-12T08:00:00.000Z', '2027-01-12T08:10:00.000Z'],
      ['2027-01-12T08:15:00.000Z', '2027-01-12T08:25:00.000Z'],
      ['2027-01-12T08:30:00.000Z', '2027-01-12T08:40:00.000Z'],
      ['2027-01-12T08:45:00.000Z', '2027-01-12T08:55:00.000Z'],
    ]);
  });

  it('gives each window its own grid, sorted, each start once', () => {
    const windows = [
      interval('2027-01-13T13:10:00Z', '2027-01-13T15:00:00Z'),
      interval('2027-01-12T08:00:00Z', '2027-01-12T10:00:00Z'),
      interval('2027-01-12T09:00:00Z', '2027-01-12T11:00:00Z'),
    ];
    expect(bookableStarts({ format: format(), windows, busy: [], now: NOW }).map(({ start }) => start.toISOString())).toEqual([
      '2027-01-12T08:00:00.000Z',
      '2027-01-12T09:00:00.000Z',
      '2027-01-12T10:00:00.000Z',
      '2027-01-13T13:10:00.000Z',
    ]);
  });

  it('offers 09:00 local around a daylight-saving change and real hours in the short night', () => {
    const windows = availabilityWindows(
      [
        { weekday: 2, start: '09:00', end: '11:00' },
        { weekday: 7, start: '01:00', end: '04:00' },
      ],
      [],
      '2027-03-23',
      '2027-03-30',
    );
    const now = at('2027-03-20T00:00:00Z');
    expect(bookableStarts({ format: format(), windows, busy: [], now }).map(({ start }) => start.toISOString())).toEqual([
      '2027-03-23T08:00:00.000Z',
      '2027-03-23T09:00:00.000Z',
      '2027-03-28T00:00:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
      '2027-03-30T08:00:00.000Z',
    ]);
  });

  it('rejects a grid that does not advance', () => {
    expect(() => bookableStarts({ format: format(), windows: tuesday, busy: [], now: NOW, stepMinutes: 0 })).toThrow(RangeError);
    expect(() => bookableStarts({ format: format({ durationMinutes: 0 }), windows: tuesday, busy: [], now: NOW, stepMinutes: 15 })).toThrow(
      RangeError,
    );
  });
});

describe('bookableStarts with busy ranges', () => {
  const day = [interval('2027-01-12T08:00:00Z', '2027-01-12T14:00:00Z')];

  it('without buffers a meeting may touch a booking', () => {
    const busy = [interval('2027-01-12T11:00:00Z', '2027-01-12T12:00:00Z')];
    expect(starts(bookableStarts({ format: format(), windows: day, busy, now: NOW }))).toEqual(['08:00', '09:00', '10:00', '12:00', '13:00']);
  });

  it('buffers block the neighbouring slots', () => {
    const buffered = format({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15 });
    // A booking 11:00–12:00 with the same buffers blocks 10:45–12:15.
    const busy = [blockedRange(at('2027-01-12T11:00:00Z'), buffered)];
    expect(show(busy)).toEqual([['2027-01-12T10:45:00.000Z', '2027-01-12T12:15:00.000Z']]);
    expect(starts(bookableStarts({ format: buffered, windows: day, busy, now: NOW }))).toEqual(['08:00', '09:00', '13:00']);
  });

  it('needs a gap of the one booking’s buffer after plus the other’s buffer before, no more', () => {
    const buffered = format({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15 });
    const busy = [blockedRange(at('2027-01-12T09:00:00Z'), buffered)];
    const windows = [interval('2027-01-12T07:00:00Z', '2027-01-12T14:00:00Z')];
    // 07:30–08:30 ends 30 minutes before 09:00; 10:30 starts 30 minutes after 10:00.
    expect(starts(bookableStarts({ format: buffered, windows, busy, now: at('2027-01-11T07:00:00Z'), stepMinutes: 30 }))).toEqual([
      '07:00',
      '07:30',
      '10:30',
      '11:00',
      '11:30',
      '12:00',
      '12:30',
      '13:00',
    ]);
  });

  it('buffers may reach outside the window', () => {
    const buffered = format({ bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
    const windows = [interval('2027-01-12T08:00:00Z', '2027-01-12T09:00:00Z')];
    expect(starts(bookableStarts({ format: buffered, windows, busy: [], now: NOW }))).toEqual(['08:00']);
  });
});

describe('bookableStarts notice and horizon', () => {
  const tuesday = [interval('2027-01-12T08:00:00Z', '2027-01-12T12:00:00Z')];

  it('offers a start exactly at the minimum notice, none before', () => {
    expect(starts(bookableStarts({ format: format(), windows: tuesday, busy: [], now: NOW }))).toEqual(['08:00', '09:00', '10:00', '11:00']);
    const later = at('2027-01-11T08:20:00Z');
    expect(starts(bookableStarts({ format: format(), windows: tuesday, busy: [], now: later }))).toEqual(['09:00', '10:00', '11:00']);
  });

  it('offers a start exactly at the horizon, none after', () => {
    const nearFormat = format({ minimumNoticeHours: 0, bookingHorizonDays: 1 });
    const now = at('2027-01-11T09:00:00Z');
    expect(starts(bookableStarts({ format: nearFormat, windows: tuesday, busy: [], now }))).toEqual(['08:00', '09:00']);
  });

  it('offers nothing in the past', () => {
    const noNotice = format({ minimumNoticeHours: 0 });
    expect(bookableStarts({ format: noNotice, windows: tuesday, busy: [], now: at('2027-01-12T12:00:00Z') })).toEqual([]);
    expect(starts(bookableStarts({ format: noNotice, windows: tuesday, busy: [], now: at('2027-01-12T10:00:00.001Z') }))).toEqual(['11:00']);
  });
});

describe('fitsWindows', () => {
  const windows = [interval('2027-01-12T08:10:00Z', '2027-01-12T12:00:00Z'), interval('2027-01-13T08:00:00Z', '2027-01-13T10:00:00Z')];

  it('accepts a start on a window’s grid with the meeting inside the window', () => {
    expect(fitsWindows(at('2027-01-12T08:10:00Z'), format(), windows)).toBe(true);
    expect(fitsWindows(at('2027-01-12T10:10:00Z'), format(), windows)).toBe(true);
    expect(fitsWindows(at('2027-01-13T09:00:00Z'), format(), windows)).toBe(true);
  });

  it('rejects a start off the grid, outside or sticking out of every window', () => {
    expect(fitsWindows(at('2027-01-12T09:00:00Z'), format(), windows)).toBe(false);
    expect(fitsWindows(at('2027-01-12T08:10:00.001Z'), format(), windows)).toBe(false);
    expect(fitsWindows(at('2027-01-12T11:10:00Z'), format(), windows)).toBe(false);
    expect(fitsWindows(at('2027-01-12T07:10:00Z'), format(), windows)).toBe(false);
    expect(fitsWindows(at('2027-01-13T09:30:00Z'), format(), windows)).toBe(false);
  });

  it('follows an explicit step, and agrees with bookableStarts', () => {
    expect(fitsWindows(at('2027-01-12T08:40:00Z'), format(), windows, 30)).toBe(true);
    expect(fitsWindows(at('2027-01-12T08:40:00Z'), format(), windows)).toBe(false);
    for (const slot of bookableStarts({ format: format({ durationMinutes: 25 }), windows, busy: [], now: NOW })) {
      expect(fitsWindows(slot.start, format({ durationMinutes: 25 }), windows)).toBe(true);
    }
  });
});

describe('cancellation', () => {
  const start = at('2027-01-14T10:00:00Z');

  it('has its deadline cancellationDeadlineHours before the start', () => {
    expect(cancellationDeadline(start, format()).toISOString()).toBe('2027-01-12T10:00:00.000Z');
    expect(cancellationDeadline(start, format({ cancellationDeadlineHours: 0 })).toISOString()).toBe('2027-01-14T10:00:00.000Z');
  });

  const end = at('2027-01-14T12:00:00Z');
  const refusal = (actor: 'BOOKER' | 'ADVISOR', now: string, confirmed = true) =>
    changeRefusal({ actor, confirmed, start, end, format: format(), now: at(now) });

  it('lets the booker cancel until the deadline, that instant included', () => {
    expect(refusal('BOOKER', '2027-01-11T10:00:00Z')).toBeNull();
    expect(refusal('BOOKER', '2027-01-12T10:00:00.000Z')).toBeNull();
    expect(refusal('BOOKER', '2027-01-12T10:00:00.001Z')).toBe('DEADLINE');
  });

  it('lets the advisor cancel at any time until the meeting is over', () => {
    expect(refusal('ADVISOR', '2027-01-14T09:59:00Z')).toBeNull();
    expect(refusal('ADVISOR', '2027-01-14T11:00:00Z')).toBeNull();
    expect(refusal('ADVISOR', '2027-01-14T12:00:00Z')).toBe('STATUS');
  });

  it('changes nothing that is not confirmed', () => {
    expect(refusal('BOOKER', '2027-01-11T10:00:00Z', false)).toBe('STATUS');
    expect(refusal('ADVISOR', '2027-01-11T10:00:00Z', false)).toBe('STATUS');
  });
});

describe('one grid across midnight', () => {
  // Sunday 22:00–24:00 and Monday 00:00–02:00 (Berlin, UTC+1 in January), a 45-minute format.
  const rules = [
    { weekday: 7, start: '22:00', end: '24:00' },
    { weekday: 1, start: '00:00', end: '02:00' },
  ];
  const fortyFive = format({ durationMinutes: 45, minimumNoticeHours: 0 });
  const early = at('2027-01-01T00:00:00Z');
  const offered = (from: string, to: string) =>
    bookableStarts({ format: fortyFive, windows: availabilityPieces(rules, [], from, to), busy: [], now: early });

  it('gives every start its own day’s grid, whatever days were loaded, and the check accepts each', () => {
    const both = offered('2027-01-10', '2027-01-11');
    // Sunday from 22:00 (the last one runs on past midnight), Monday from 00:00.
    expect(starts(both)).toEqual(['21:00', '21:45', '22:30', '23:00', '23:45']);
    expect(starts(offered('2027-01-09', '2027-01-12'))).toEqual(starts(both));
    expect(starts(offered('2027-01-11', '2027-01-11'))).toEqual(['23:00', '23:45']);
    for (const slot of both) {
      for (const [from, to] of [
        ['2027-01-09', '2027-01-12'],
        ['2027-01-10', '2027-01-11'],
      ]) {
        expect(fitsWindows(slot.start, fortyFive, availabilityPieces(rules, [], from!, to!))).toBe(true);
      }
    }
    // The grid of the merged window (22:00, 22:45, 23:30, 00:15, 01:00) is not the one offered.
    expect(fitsWindows(at('2027-01-10T23:15:00Z'), fortyFive, availabilityPieces(rules, [], '2027-01-09', '2027-01-12'))).toBe(false);
    expect(
      gridStarts(availabilityWindows(rules, [], '2027-01-10', '2027-01-11'), fortyFive, 45).map(({ start }) => start.toISOString().slice(11, 16)),
    ).toEqual(['21:00', '21:45', '22:30', '23:15', '00:00']);
  });
});
