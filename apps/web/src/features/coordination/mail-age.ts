import type { Language } from '../../i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago a mail was queued, in words ("vor 3 Stunden", "2 days ago"); never in the future. */
export function mailAge(createdAt: string, now: number, language: Language): string {
  const elapsed = Math.max(0, now - Date.parse(createdAt));
  const format = new Intl.RelativeTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { numeric: 'auto' });
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < 2 * DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}
