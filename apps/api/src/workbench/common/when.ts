import type { Locale } from '@wiw/db';
import { PORTAL_TIME_ZONE } from '@wiw/domain';

/** "Di., 23.03.2027, 09:00–10:00 Uhr" / "Tue, 23/03/2027, 09:00–10:00" in Europe/Berlin, for mails. */
export function formatWhen(start: Date, end: Date, locale: Locale): string {
  const lang = locale === 'en' ? 'en-GB' : 'de-DE';
  const date = new Intl.DateTimeFormat(lang, { timeZone: PORTAL_TIME_ZONE, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(start);
  const time = new Intl.DateTimeFormat(lang, { timeZone: PORTAL_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
  const zone = locale === 'en' ? ' (Berlin time)' : ' Uhr';
  return `${date}, ${time.format(start)}–${time.format(end)}${zone}`;
}
