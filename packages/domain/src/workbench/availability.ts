import type { AvailabilityProblem } from '../errors/problems.js';
import { PORTAL_TIME_ZONE } from '../time.js';
import { addDays, formatMinutes, isoWeekday, isValidDate, isValidTimeOfDay, minutesOfDay, zonedToInstant } from './zoned-time.js';

/**
 * When an advisor can be booked. Rules and exceptions are local wall-clock times (what the advisor
 * means by "Tuesdays 09:00–12:00"), so they are worked out per local day and only then turned into
 * instants: the same rule gives 09:00 local on both sides of a daylight-saving change.
 */

/** Weekly availability: ISO weekday (1 = Monday … 7 = Sunday), start < end on the same day; end may be '24:00'. */
export interface WeeklyRule {
  weekday: number;
  start: string;
  end: string;
}

export type AvailabilityExceptionKind = 'ABSENCE' | 'EXTRA';

/** A dated change: ABSENCE with null times is the whole day; EXTRA needs both times. */
export interface AvailabilityException {
  date: string;
  kind: AvailabilityExceptionKind;
  start: string | null;
  end: string | null;
}

/** Half-open: [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** Minutes of a local day, half-open. */
type MinuteRange = readonly [start: number, end: number];

const WHOLE_DAY: MinuteRange = [0, 1440];

/** Sorted, with overlapping or touching ranges joined; empty ranges dropped. */
function unionRanges(ranges: ReadonlyArray<MinuteRange>): MinuteRange[] {
  const sorted = ranges.filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0]);
  const union: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = union.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else union.push([start, end]);
  }
  return union;
}

function subtractRanges(ranges: ReadonlyArray<MinuteRange>, cuts: ReadonlyArray<MinuteRange>): MinuteRange[] {
  let rest = [...ranges];
  for (const [cutStart, cutEnd] of cuts) {
    rest = rest.flatMap(([start, end]): MinuteRange[] => {
      if (cutEnd <= start || end <= cutStart) return [[start, end]];
      const pieces: MinuteRange[] = [];
      if (start < cutStart) pieces.push([start, cutStart]);
      if (cutEnd < end) pieces.push([cutEnd, end]);
      return pieces;
    });
  }
  return rest;
}

/** Sorted by start, with overlapping or touching intervals joined; empty intervals dropped. */
export function mergeIntervals(intervals: ReadonlyArray<Interval>): Interval[] {
  const sorted = intervals.filter((interval) => interval.start < interval.end).sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
    } else {
      merged.push({ start, end });
    }
  }
  return merged;
}

/**
 * The instants an advisor is available from `fromDate` to `toDate` (local days, inclusive): per day
 * the weekday's rules and that day's EXTRA hours, minus that day's ABSENCE (absence wins over extra
 * hours), in local minutes; then converted with zonedToInstant, sorted and merged, so a window
 * ending at 24:00 joins one starting at 00:00 the next day.
 *
 * Through zonedToInstant a window edge in the spring-forward gap moves forward by the gap (so
 * 02:30–03:15 on that day collapses and is dropped) and one in the repeated autumn hour takes its
 * first occurrence.
 * Malformed entries (see validateRules, validateException) are read on the safe side: an ABSENCE
 * missing a time is the whole day, an EXTRA missing one adds nothing; unreadable times throw.
 */
export function availabilityWindows(
  rules: ReadonlyArray<WeeklyRule>,
  exceptions: ReadonlyArray<AvailabilityException>,
  fromDate: string,
  toDate: string,
  timeZone: string = PORTAL_TIME_ZONE,
): Interval[] {
  return mergeIntervals(availabilityPieces(rules, exceptions, fromDate, toDate, timeZone));
}

/**
 * The same availability as availabilityWindows, but one piece per local day and window, not merged
 * across midnight: the grid of bookable starts (gridStarts) runs from each piece's start, so a
 * start's grid depends only on its own day whatever range was asked for.
 */
export function availabilityPieces(
  rules: ReadonlyArray<WeeklyRule>,
  exceptions: ReadonlyArray<AvailabilityException>,
  fromDate: string,
  toDate: string,
  timeZone: string = PORTAL_TIME_ZONE,
): Interval[] {
  if (!isValidDate(fromDate)) throw new RangeError(`Not a date (YYYY-MM-DD): ${fromDate}`);
  if (!isValidDate(toDate)) throw new RangeError(`Not a date (YYYY-MM-DD): ${toDate}`);
  const exceptionsByDate = new Map<string, AvailabilityException[]>();
  for (const exception of exceptions) {
    exceptionsByDate.set(exception.date, [...(exceptionsByDate.get(exception.date) ?? []), exception]);
  }

  const windows: Interval[] = [];
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    const open: MinuteRange[] = rules.filter((rule) => rule.weekday === weekday).map((rule) => [minutesOfDay(rule.start), minutesOfDay(rule.end)]);
    const closed: MinuteRange[] = [];
    for (const exception of exceptionsByDate.get(date) ?? []) {
      const times: MinuteRange | null =
        exception.start === null || exception.end === null ? null : [minutesOfDay(exception.start), minutesOfDay(exception.end)];
      if (exception.kind === 'EXTRA') {
        if (times) open.push(times);
      } else {
        closed.push(times ?? WHOLE_DAY);
      }
    }
    for (const [start, end] of subtractRanges(unionRanges(open), closed)) {
      windows.push({
        start: zonedToInstant(date, formatMinutes(start), timeZone),
        end: zonedToInstant(date, formatMinutes(end), timeZone),
      });
    }
  }
  return windows;
}

/** Problems of an advisor's set of weekly rules, each code once; empty when fine. Touching rules do not overlap. */
export function validateRules(rules: ReadonlyArray<WeeklyRule>): AvailabilityProblem[] {
  const problems = new Set<AvailabilityProblem>();
  const valid: { weekday: number; start: number; end: number }[] = [];
  for (const rule of rules) {
    const weekdayValid = Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7;
    if (!weekdayValid) problems.add('INVALID_WEEKDAY');
    if (!isValidTimeOfDay(rule.start) || !isValidTimeOfDay(rule.end)) {
      problems.add('INVALID_TIME');
      continue;
    }
    const start = minutesOfDay(rule.start);
    const end = minutesOfDay(rule.end);
    if (end <= start) problems.add('END_NOT_AFTER_START');
    else if (weekdayValid) valid.push({ weekday: rule.weekday, start, end });
  }
  valid.sort((a, b) => a.weekday - b.weekday || a.start - b.start);
  for (let i = 1; i < valid.length; i++) {
    const previous = valid[i - 1]!;
    const current = valid[i]!;
    if (current.weekday === previous.weekday && current.start < previous.end) problems.add('OVERLAPPING_RULES');
  }
  return [...problems];
}

/** Problems of one exception, each code once; empty when fine. */
export function validateException(e: AvailabilityException): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  if (!isValidDate(e.date)) problems.push('INVALID_DATE');
  if (e.kind !== 'ABSENCE' && e.kind !== 'EXTRA') problems.push('INVALID_KIND');
  if (e.start === null && e.end === null) {
    if (e.kind === 'EXTRA') problems.push('MISSING_TIME');
  } else if (e.start === null || e.end === null) {
    problems.push('MISSING_TIME');
  } else if (!isValidTimeOfDay(e.start) || !isValidTimeOfDay(e.end)) {
    problems.push('INVALID_TIME');
  } else if (minutesOfDay(e.end) <= minutesOfDay(e.start)) {
    problems.push('END_NOT_AFTER_START');
  }
  return problems;
}
