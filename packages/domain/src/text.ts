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

/** Why a text cannot be accepted as input, or null when it can. */
export type TextProblem = 'notWellFormed' | 'controlCharacters';

const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_BREAKS = /(?![\t\n\r])\p{Cc}/u;

/**
 * Checks text that arrives from outside: it must be well-formed Unicode (no lone UTF-16
 * surrogate, which neither PostgreSQL nor an e-mail address can hold) and free of control
 * characters (NUL and friends), except tab and line breaks where the field is multi-line.
 */
export function textProblem(text: string, options: { multiLine: boolean }): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'notWellFormed';
  return (options.multiLine ? CONTROL_BUT_BREAKS : CONTROL).test(text) ? 'controlCharacters' : null;
}
