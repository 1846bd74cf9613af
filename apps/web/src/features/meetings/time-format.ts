import type { Language } from '../../i18n';
import { berlinZoneSuffix, localeFor, TIME_ZONE } from '../../lib/format';

const berlinDay = (value: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(value);

/** "Donnerstag, 14. Januar 2027, 18:00–20:00" in Europe/Berlin; both dates when the meeting spans days. */
export function meetingWhen(startsAt: string, endsAt: string, language: Language): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const locale = localeFor(language);
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  const at = (value: Date) => `${time.format(value)}${berlinZoneSuffix(value, language)}`;
  if (berlinDay(start) === berlinDay(end)) return `${date.format(start)}, ${at(start)}–${at(end)}`;
  return `${date.format(start)}, ${at(start)} – ${date.format(end)}, ${at(end)}`;
}
