const FOLDINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Folds text for search and sorting: lower case, ä/ö/ü/ß → ae/oe/ue/ss, other diacritics
 * removed (é → e), whitespace collapsed. "Lüdenscheid" and "LUEDENSCHEID" fold alike.
 */
export function foldText(input: string): string {
  return input
    // Composed first, so a decomposed "u\u0308" (macOS, pasted text) is an ü before folding.
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => FOLDINGS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text holds control characters (NUL and friends), which no name or search needs. */
export function hasControlCharacters(input: string): boolean {
  return /\p{Cc}/u.test(input);
}

/** The text an organisation is found by in the directory search. */
export function organisationSearchText(parts: ReadonlyArray<string | null | undefined>): string {
  return foldText(parts.filter((part): part is string => Boolean(part)).join(' '));
}
