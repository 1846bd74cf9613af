import { berlinDate } from '../time.js';
import { addDays, zonedToInstant } from '../workbench/zoned-time.js';

/**
 * Day desks in co-working places: a booking names a calendar day in Europe/Berlin ("YYYY-MM-DD"),
 * never an instant. Which day is "today" is decided in Berlin, so at 00:30 local time (22:30 or
 * 23:30 UTC of the day before) yesterday can no longer be booked.
 */

/** How far ahead a desk day can be booked. */
export const DESK_BOOKING_HORIZON_DAYS = 60;

export type DeskDayProblem = 'PAST' | 'OUTSIDE_HORIZON';

/** Whether `date` can be booked at `now`: today (Berlin) up to the horizon, both ends included. */
export function deskDayProblem(date: string, now: Date): DeskDayProblem | null {
  const today = berlinDate(now);
  if (date < today) return 'PAST';
  if (date > addDays(today, DESK_BOOKING_HORIZON_DAYS)) return 'OUTSIDE_HORIZON';
  return null;
}

/** The last instant a desk day can be cancelled: its start in Berlin minus the place's deadline hours. */
export function deskCancellationDeadline(date: string, cancellationDeadlineHours: number): Date {
  return new Date(zonedToInstant(date, '00:00').getTime() - cancellationDeadlineHours * 3_600_000);
}

/** Places sorted by distance from a point (nearest first, then by name); `distanceKm` is rounded to 0.1 km. */
export function byDistance<T extends { name: string; distanceKm: number | null }>(places: readonly T[]): T[] {
  return [...places].sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.name.localeCompare(b.name, 'de'));
}
