import { berlinZoneSuffix, localeFor, TIME_ZONE } from '../../lib/format';
import type { Language } from '../../i18n';

/** Noon UTC of a calendar day: the same day in Europe/Berlin whatever the offset. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** "Montag, 23. November" / "Monday 23 November": the heading of a day in the slot list. */
export function formatDayHeading(day: string, language: Language): string {
  return new Intl.DateTimeFormat(localeFor(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: TIME_ZONE }).format(noon(day));
}

/** "14:30" in Europe/Berlin; "02:30 MESZ" in the hour that repeats when the clocks go back. */
export function formatTime(instant: string, language: Language): string {
  return (
    new Intl.DateTimeFormat(localeFor(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(
      new Date(instant),
    ) + berlinZoneSuffix(instant, language)
  );
}

/** "14:30–15:30". */
export function formatTimeRange(start: string, end: string, language: Language): string {
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** "Montag, 23. November 2026, 14:30–15:30": when an appointment is, in full. */
export function formatWhen(start: string, end: string, language: Language): string {
  const date = new Intl.DateTimeFormat(localeFor(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(start));
  return `${date}, ${formatTimeRange(start, end, language)}`;
}

/** "23.–29. Nov. 2026" / "23–29 Nov 2026": the days of a week. */
export function formatWeekRange(start: string, end: string, language: Language): string {
  return new Intl.DateTimeFormat(localeFor(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).formatRange(
    noon(start),
    noon(end),
  );
}
