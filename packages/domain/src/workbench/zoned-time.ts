import { PORTAL_TIME_ZONE } from '../time.js';

/**
 * Wall-clock time in a time zone, worked out with Intl.DateTimeFormat only (Node 20 has no
 * Temporal). Dates are "YYYY-MM-DD", times of day "HH:MM"; '24:00' is the end of a day and stands
 * for 00:00 of the next one, so a day's last window can be written 18:00–24:00.
 */

export interface ZonedDateTime {
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM" (00:00–23:59; seconds are dropped). */
  time: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** Milliseconds of a UTC calendar time; setUTCFullYear keeps years 0–99 out of Date.UTC's 1900s. */
function utcMs(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, 0);
  return date.getTime();
}

function formatUtcDate(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A real calendar day written "YYYY-MM-DD" (no 2027-02-29). */
export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && formatUtcDate(utcMs(year, month, day)) === s;
}

/** "HH:MM" from 00:00 to 24:00 (the end of the day); no other time with hour 24. */
export function isValidTimeOfDay(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = TIME.exec(s);
  if (!match) return false;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return minutes <= 59 && (hours < 24 || (hours === 24 && minutes === 0));
}

/** Midnight UTC of a date, for zone-free calendar arithmetic. */
function dayStartMs(date: string): number {
  if (!isValidDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return utcMs(year, month, day);
}

/** Calendar arithmetic: no time zone is involved, so every day counts once. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return formatUtcDate(dayStartMs(date) + days * DAY_MS);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(dayStartMs(date)).getUTCDay() + 6) % 7) + 1;
}

/** "HH:MM" to minutes since midnight; '24:00' is 1440. */
export function minutesOfDay(time: string): number {
  if (!isValidTimeOfDay(time)) throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Minutes since midnight (0–1440) to "HH:MM"; 1440 is '24:00'. */
export function formatMinutes(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MINUTES_PER_DAY) throw new RangeError(`Not minutes of a day: ${n}`);
  return `${pad(Math.floor(n / 60))}:${pad(n % 60)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock at `ms` in `timeZone`, as milliseconds of the same reading taken as UTC. */
function wallClockMs(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  // `% 24`: some ICU versions wrote midnight as hour 24 even with h23.
  return utcMs(get('year'), get('month'), get('day'), get('hour') % 24, get('minute'), get('second'));
}

/** Offset of the zone from UTC at `ms`, in ms (Berlin: +3_600_000 in winter). */
function offsetMs(ms: number, timeZone: string): number {
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on `date`.
 *
 * Around daylight-saving changes a wall-clock time does not name exactly one instant:
 * - it may not exist (spring forward; Berlin 2027-03-28 jumps from 02:00 to 03:00): it moves forward
 *   by the gap, i.e. is read with the offset before the change — 02:30 becomes 03:30 CEST (01:30Z).
 *   So a window 01:00–04:00 that day lasts 2 hours, and 02:30–03:15 becomes empty (03:30–03:15).
 * - it may exist twice (fall back; Berlin 2027-10-31 shows 02:00–03:00 twice): the EARLIER instant
 *   is taken (still summer time) — 02:30 becomes 02:30 CEST (00:30Z). A window 01:00–04:00 that day
 *   lasts 4 hours. This is Temporal's 'compatible' choice; PostgreSQL reads ambiguous times as
 *   standard time (the later instant) instead, so wall-clock times are converted here, not in SQL.
 *
 * Assumes at most one offset change within a day either side, which holds for real zones.
 */
export function zonedToInstant(date: string, time: string, timeZone: string = PORTAL_TIME_ZONE): Date {
  return zonedReadings(date, time, timeZone)[0]!;
}

/**
 * Every instant at which the wall clock in `timeZone` shows `time` on `date`, earlier first: two in
 * the repeated hour when the clocks go back (Berlin 2027-10-31 02:30 is 00:30Z in summer time and
 * 01:30Z in winter time), else one; a time in the spring-forward gap moves forward as in
 * `zonedToInstant`. A form that shows a stored time as wall clock keeps which reading it was.
 */
export function zonedReadings(date: string, time: string, timeZone: string = PORTAL_TIME_ZONE): Date[] {
  const wall = dayStartMs(date) + minutesOfDay(time) * MINUTE_MS;
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  const matching = [...new Set([wall - before, wall - after])].filter((ms) => wallClockMs(ms, timeZone) === wall).sort((a, b) => a - b);
  // No match: the time lies in a gap; the offset before the change moves it forward by the gap.
  return (matching.length > 0 ? matching : [wall - before]).map((ms) => new Date(ms));
}

/** The wall clock of `instant` in `timeZone`. */
export function instantToZoned(instant: Date, timeZone: string = PORTAL_TIME_ZONE): ZonedDateTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date');
  const wall = new Date(wallClockMs(ms, timeZone));
  const date = formatUtcDate(wall.getTime());
  return {
    date,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
    weekday: isoWeekday(date),
  };
}

/**
 * True when the wall clock at `instant` shows a time that occurs twice (the repeated hour when the
 * clocks go back: in Berlin on 2027-10-31, 02:30 is 00:30Z in summer time and 01:30Z in winter
 * time). Such a local time names its instant only together with the zone abbreviation.
 */
export function isRepeatedWallTime(instant: Date, timeZone: string = PORTAL_TIME_ZONE): boolean {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date');
  const wall = wallClockMs(ms, timeZone);
  const before = offsetMs(ms - DAY_MS, timeZone);
  const after = offsetMs(ms + DAY_MS, timeZone);
  if (before === after) return false;
  return [wall - before, wall - after].every((candidate) => wallClockMs(candidate, timeZone) === wall);
}

const BERLIN_ZONES: Record<number, { de: string; en: string }> = {
  60: { de: 'MEZ', en: 'CET' },
  120: { de: 'MESZ', en: 'CEST' },
};

/** "MEZ"/"MESZ" (German) or "CET"/"CEST" (English): the Berlin zone in force at `instant`. */
export function berlinZoneAbbreviation(instant: Date, locale: 'de' | 'en'): string {
  const minutes = Math.round(offsetMs(instant.getTime(), PORTAL_TIME_ZONE) / MINUTE_MS);
  const known = BERLIN_ZONES[minutes];
  if (known) return known[locale];
  const sign = minutes < 0 ? '-' : '+';
  return `UTC${sign}${formatMinutes(Math.abs(minutes))}`;
}
