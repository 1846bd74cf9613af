import type { Language } from '../../i18n';
import { localeFor, parseDateOnly, TIME_ZONE } from '../../lib/format';
import { isDay } from '../coordination/berlin-day';

/**
 * Calendar days ("YYYY-MM-DD") and times of the advisors' area, always in Europe/Berlin: an
 * advisor in Siegen means Berlin time, whatever the browser's own zone.
 */

const DAY_OF = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Berlin calendar day of an instant. */
export function berlinDay(instant: Date | string): string {
  return DAY_OF.format(typeof instant === 'string' ? new Date(instant) : instant);
}

export function berlinToday(now: Date = new Date()): string {
  return berlinDay(now);
}

const utcNoon = (day: string) => new Date(`${day}T12:00:00Z`);

/** The day `count` days after `day` (negative: before). */
export function addDays(day: string, count: number): string {
  const date = utcNoon(day);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  return ((utcNoon(day).getUTCDay() + 6) % 7) + 1;
}

export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The seven days of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The Monday the calendar shows for `?woche=`: that week (any day of it), else the current one. */
export function weekFromParam(value: string | null, now: Date = new Date()): string {
  return mondayOf(value !== null && isDay(value) ? value : berlinToday(now));
}

/** Berlin formatters of the area in the active language. */
export function berlinFormat(language: Language) {
  const locale = localeFor(language);
  const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const longDay = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDay = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' });
  const dayOnly = (day: string) => parseDateOnly(day) ?? new Date(day);
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
  // 2024-01-01 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, index) => weekday.format(new Date(Date.UTC(2024, 0, index + 1))));
  return {
    /** "09:30" */
    time: (instant: string) => time.format(new Date(instant)),
    /** "09:30–10:30" */
    timeRange: (start: string, end: string) => `${time.format(new Date(start))}–${time.format(new Date(end))}`,
    /** "Montag, 23. November 2026" */
    longDay: (day: string) => longDay.format(dayOnly(day)),
    /** "Mo., 23. Nov." */
    shortDay: (day: string) => shortDay.format(dayOnly(day)),
    /** The weekday of an ISO number (1 Monday … 7 Sunday), e.g. "Dienstag". */
    weekdayName: (number: number) => weekdays[number - 1] ?? String(number),
  };
}
