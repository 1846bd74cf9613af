import type { Locale } from '@wiw/db';
import { berlinZoneAbbreviation, isRepeatedWallTime, PORTAL_TIME_ZONE } from '@wiw/domain';

/**
 * "Di., 23.03.2027, 09:00–10:00 Uhr" / "Tue, 23/03/2027, 09:00–10:00 (Berlin time)" in
 * Europe/Berlin, for mails. A time in the repeated autumn hour names its zone, since it occurs
 * twice that night: "So., 31.10.2027, 02:30 MESZ–02:00 MEZ".
 */
export function formatWhen(start: Date, end: Date, locale: Locale): string {
  const lang = locale === 'en' ? 'en-GB' : 'de-DE';
  const date = new Intl.DateTimeFormat(lang, {
    timeZone: PORTAL_TIME_ZONE,
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(start);
  const clock = new Intl.DateTimeFormat(lang, { timeZone: PORTAL_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
  if (isRepeatedWallTime(start) || isRepeatedWallTime(end)) {
    const time = (instant: Date) => `${clock.format(instant)} ${berlinZoneAbbreviation(instant, locale)}`;
    return `${date}, ${time(start)}–${time(end)}`;
  }
  const zone = locale === 'en' ? ' (Berlin time)' : ' Uhr';
  return `${date}, ${clock.format(start)}–${clock.format(end)}${zone}`;
}
