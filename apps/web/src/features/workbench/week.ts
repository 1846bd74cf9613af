import { TIME_ZONE } from '../../lib/format';
import { isDay } from '../coordination/berlin-day';

/**
 * Calendar days ("YYYY-MM-DD") in Europe/Berlin and the weeks (Monday to Sunday) the slot
 * pickers show. Days are plain strings: arithmetic happens on UTC dates, which have no clock change.
 */
export type Day = string;

const DAY_PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Berlin calendar day of an instant: "2026-11-22T23:30:00Z" → "2026-11-23". */
export function berlinDay(instant: Date | string): Day {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(DAY_PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function toUtc(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: Day, days: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week of `day`. */
export function weekStart(day: Day): Day {
  const weekday = (toUtc(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The last day (Sunday) of the week starting on `start`. */
export const weekEnd = (start: Day): Day => addDays(start, 6);

/** The week in the URL when it is a day (any day of it), else the current week. */
export function readWeek(value: string | null, today: Day): Day {
  return value && isDay(value) ? weekStart(value) : weekStart(today);
}

export interface WeekBounds {
  /** No week before the current one. */
  canGoBack: boolean;
  /** No week that starts after the last bookable day. */
  canGoForward: boolean;
}

/** Which way the week navigation may go: from this week to the one holding the last day of the booking horizon. */
export function weekBounds(start: Day, today: Day, horizonDays: number): WeekBounds {
  const lastDay = addDays(today, Math.max(0, horizonDays));
  return { canGoBack: start > weekStart(today), canGoForward: addDays(start, 7) <= lastDay };
}

/** Items with a start, grouped by their Berlin day (in order of first appearance). */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): Array<{ day: Day; items: T[] }> {
  const groups = new Map<Day, T[]>();
  for (const item of items) {
    const day = berlinDay(item.startsAt);
    const group = groups.get(day);
    if (group) group.push(item);
    else groups.set(day, [item]);
  }
  return [...groups].map(([day, grouped]) => ({ day, items: grouped }));
}
