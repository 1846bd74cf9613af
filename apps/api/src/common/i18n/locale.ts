export type Locale = 'de' | 'en';

/** Picks German or English from an Accept-Language header; German is the default. */
export function localeFromHeader(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => (entry.lang === 'de' || entry.lang === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Locale | undefined) ?? 'de';
}

/** A text in both languages of the portal. */
export interface Bilingual {
  de: string;
  en: string;
}

export const pick = (locale: Locale, de: string, en: string): string => (locale === 'en' ? en : de);
