import type { Language } from '../../i18n';
import { berlinZoneSuffix, localeFor, parseDateOnly, TIME_ZONE } from '../../lib/format';

/** Berlin formatters of the area in the active language. */
export function berlinFormat(language: Language) {
  const locale = localeFor(language);
  const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const clock = (instant: string) => time.format(new Date(instant)) + berlinZoneSuffix(instant, language);
  const longDay = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDay = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' });
  const dayOnly = (day: string) => parseDateOnly(day) ?? new Date(day);
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
  // 2024-01-01 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, index) => weekday.format(new Date(Date.UTC(2024, 0, index + 1))));
  return {
    /** "09:30"; "02:30 MESZ" in the hour that repeats when the clocks go back. */
    time: clock,
    /** "09:30–10:30" */
    timeRange: (start: string, end: string) => `${clock(start)}–${clock(end)}`,
    /** "Montag, 23. November 2026" */
    longDay: (day: string) => longDay.format(dayOnly(day)),
    /** "Mo., 23. Nov." */
    shortDay: (day: string) => shortDay.format(dayOnly(day)),
    /** The weekday of an ISO number (1 Monday … 7 Sunday), e.g. "Dienstag". */
    weekdayName: (number: number) => weekdays[number - 1] ?? String(number),
  };
}
