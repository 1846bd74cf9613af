import { PORTAL_TIME_ZONE } from '../time.js';
import { addDays, isoWeekday, isValidDate, zonedToInstant } from '../workbench/zoned-time.js';

/**
 * The calendar the portal's pages show: days ("YYYY-MM-DD") and weeks from Monday to Sunday, in
 * Europe/Berlin. Arithmetic is on calendar dates, so a clock change never shifts a day; an
 * instant's day is `berlinDate` (../time.ts), a day's first instant is `dayStart`.
 */

/** The Monday of the week `date` falls in ("2027-01-01" → "2026-12-28"). */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Sunday of the week that starts on `monday`. */
export function weekEnd(monday: string): string {
  return addDays(monday, 6);
}

/** The seven dates of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The Monday of the week a URL names by any of its dates (`?woche=2026-12-02`), else of the week of `today`. */
export function weekOf(value: string | null | undefined, today: string): string {
  return weekStart(isValidDate(value) ? value : today);
}

/** The instant at which `date` begins in `timeZone` ("2026-11-01" → 2026-10-31T23:00:00Z in Berlin). */
export function dayStart(date: string, timeZone: string = PORTAL_TIME_ZONE): Date {
  return zonedToInstant(date, '00:00', timeZone);
}
