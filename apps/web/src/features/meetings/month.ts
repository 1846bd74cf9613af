import { addDays, dayStart, isoWeekday, weekStart } from '@wiw/domain';

/**
 * The month view's calendar, in Europe/Berlin: a month is "YYYY-MM", its grid the weeks (Monday to
 * Sunday) that hold its days, and it begins and ends at Berlin midnight, so a meeting at 00:30
 * on the 1st belongs to that month whatever the clock change.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The view in the URL (`?ansicht=monat&monat=2027-03`). */
export const VIEW_PARAM = 'ansicht';
export const MONTH_PARAM = 'monat';
export const MONTH_VIEW = 'monat';

/** The month a URL names, else the month of `today` ("YYYY-MM-DD"). */
export function monthOf(value: string | null | undefined, today: string): string {
  return value && MONTH.test(value) ? value : today.slice(0, 7);
}

/** The month `delta` months from `month` ("2027-12", 1 → "2028-01"). */
export function shiftMonth(month: string, delta: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Where the month begins and where the next one begins, as instants (Berlin midnight). */
export function monthRange(month: string): { from: Date; to: Date } {
  return { from: dayStart(`${month}-01`), to: dayStart(`${shiftMonth(month, 1)}-01`) };
}

/** The weeks of the grid: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthWeeks(month: string): string[][] {
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const end = addDays(last, 7 - isoWeekday(last));
  const weeks: string[][] = [];
  for (let monday = weekStart(`${month}-01`); monday <= end; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, day) => addDays(monday, day)));
  }
  return weeks;
}
