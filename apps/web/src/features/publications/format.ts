import type { Language } from '../../i18n';
import { localeFor } from '../../lib/format';

/** 12500 → "125,00 €" (de) or "€125.00" (en). */
export function formatCents(cents: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Paragraphs of a plain-text body: separated by blank lines; rendered as text, never as HTML. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}
