import { berlinZoneAbbreviation, isRepeatedWallTime } from '@wiw/domain';
import type { Language } from '../i18n';

export const TIME_ZONE = 'Europe/Berlin';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export function localeFor(language: Language): string {
  return LOCALES[language];
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a GraphQL `Date` ("YYYY-MM-DD", a calendar day without time) to an instant at noon UTC,
 * which falls on the same calendar day in Europe/Berlin whatever the offset.
 */
export function parseDateOnly(value: string): Date | null {
  const match = DATE_ONLY.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar day ("2025-03-31") as "31. März 2025" / "31 March 2025". */
export function formatDate(value: string, language: Language): string {
  const date = parseDateOnly(value) ?? new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** An instant (ISO timestamp) as its calendar day in Europe/Berlin. */
export function formatDateTimeAsDate(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(date);
}

/**
 * " MESZ" / " MEZ" (" CEST" / " CET") after a Berlin time that occurs twice — the repeated hour
 * when the clocks go back (2027-10-31, 02:00–03:00) — and "" for every other time, which is
 * unambiguous without it (the rule of @wiw/domain, shared with the API's mails).
 */
export function berlinZoneSuffix(value: string | Date, language: Language): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()) || !isRepeatedWallTime(instant)) return '';
  return ` ${berlinZoneAbbreviation(instant, language)}`;
}

/** An instant (ISO timestamp) as date and time in Europe/Berlin ("22.11.2026, 14:05"). */
export function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return (
    new Intl.DateTimeFormat(localeFor(language), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }).format(date) + berlinZoneSuffix(date, language)
  );
}

/** Clamps a share to 0..1 (the API promises it, the UI must not break if it does not). */
export function clampShare(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.min(1, Math.max(0, share));
}

/** A share 0..1 as a whole-number percentage ("42 %" / "42%"). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(clampShare(share));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}
