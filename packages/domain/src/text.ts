const FOLDINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Folds text for search and sorting: lower case, ä/ö/ü/ß → ae/oe/ue/ss, other diacritics
 * removed (é → e), whitespace collapsed. "Lüdenscheid" and "LUEDENSCHEID" fold alike.
 */
export function foldText(input: string): string {
  return input
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => FOLDINGS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text an organisation is found by in the directory search. */
export function organisationSearchText(parts: ReadonlyArray<string | null | undefined>): string {
  return foldText(parts.filter((part): part is string => Boolean(part)).join(' '));
}
