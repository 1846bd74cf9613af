import { addDays, berlinDate, weekStart } from '@wiw/domain';

/** The week view of the slot pickers (days "YYYY-MM-DD" in Europe/Berlin, weeks from Monday). */

export interface WeekBounds {
  /** No week before the current one. */
  canGoBack: boolean;
  /** No week that starts after the last bookable day. */
  canGoForward: boolean;
}

/** Which way the week navigation may go: from this week to the one holding the last day of the booking horizon. */
export function weekBounds(start: string, today: string, horizonDays: number): WeekBounds {
  const lastDay = addDays(today, Math.max(0, horizonDays));
  return { canGoBack: start > weekStart(today), canGoForward: addDays(start, 7) <= lastDay };
}

/** Items with a start, grouped by their Berlin day (in order of first appearance). */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): Array<{ day: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const day = berlinDate(new Date(item.startsAt));
    const group = groups.get(day);
    if (group) group.push(item);
    else groups.set(day, [item]);
  }
  return [...groups].map(([day, grouped]) => ({ day, items: grouped }));
}
