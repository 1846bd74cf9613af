const FOLDINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Folds text for search and sorting: lower case, ä/ö/ü/ß → ae/oe/ue/ss, other diacritics
 * removed (é → e), whitespace collapsed. "Lüdenscheid" and "LUEDENSCHEID" fold alike.
 */
export function foldText(input: string): string {
  return (
    input
      // Composed first, so a decomposed "u\u0308" (macOS, pasted text) is an ü before folding.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[äöüß]/g, (ch) => FOLDINGS[ch] ?? ch)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The spelling of folded text typed without umlauts: ae/oe/ue → a/o/u ("luedenscheid" →
 * "ludenscheid"). Applied to both sides of a search, so "Lüdenscheid", "Luedenscheid" and
 * "Ludenscheid" find each other. Not after a vowel or q, where the pair is no umlaut ("steuer",
 * "bauer", "quelle" keep theirs). The migration `search_spellings` has the same rule in SQL.
 */
export function looseSpelling(folded: string): string {
  return folded
    .replace(/(?<![aeiouq])ae/g, 'a')
    .replace(/(?<![aeiouq])oe/g, 'o')
    .replace(/(?<![aeiouq])ue/g, 'u');
}

/**
 * Folded search text followed by the loose spelling of each word that has one, in order:
 * "suedwestfalen agentur" → "suedwestfalen agentur sudwestfalen". The migration
 * `search_spellings` computes the same in SQL for rows written before; keep the two alike.
 */
function withLooseSpellings(folded: string): string {
  const words = folded.split(' ');
  const loose = words.map(looseSpelling).filter((word, index) => word !== words[index]);
  return loose.length > 0 ? `${folded} ${loose.join(' ')}` : folded;
}

/** The text a record is found by (needs, offers, formats): its parts folded, with loose spellings. */
export function searchText(parts: ReadonlyArray<string | null | undefined>): string {
  return withLooseSpellings(foldText(parts.filter((part): part is string => Boolean(part)).join(' ')));
}

/** What an organisation is found by in the directory: the region is its municipality's district. */
export interface OrganisationSearchParts {
  name: string;
  shortName?: string | null;
  municipality?: string | null;
  industry?: string | null;
  region?: { key: string; name: string } | null;
}

/**
 * The text an organisation is found by in the directory search: name, short name, municipality,
 * industry and district ("Märkischer Kreis"; not the catch-all region OTHER), in that order.
 */
export function organisationSearchText(organisation: OrganisationSearchParts): string {
  const region = organisation.region && organisation.region.key !== 'OTHER' ? organisation.region.name : null;
  return searchText([organisation.name, organisation.shortName, organisation.municipality, organisation.industry, region]);
}

/** At most this many words of a search are used. */
export const MAX_SEARCH_TERMS = 10;

/** Punctuation and symbols around a word ("Elektro-", "„Olpe“"); a trailing # or + stays (C#, C++). */
function trimMarks(word: string): string {
  return word.replace(/^[\p{P}\p{S}]+/u, '').replace(/(?:(?![#+])[\p{P}\p{S}])+$/u, '');
}

/**
 * The words of a search, each as the spellings to look for in search text (see searchText):
 * folded, without punctuation around it, plus its loose spelling when that differs. LIKE's
 * wildcards (% _ \) never reach a pattern. A record matches when every word is found in one of
 * its spellings.
 */
export function searchTerms(search: string | null | undefined): string[][] {
  if (!search) return [];
  return foldText(search.replace(/[%_\\]/g, ' '))
    .split(' ')
    .map(trimMarks)
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_TERMS)
    .map((word) => [...new Set([word, looseSpelling(word)])]);
}

/** True when the text holds control characters (NUL and friends), which no name or search needs. */
export function hasControlCharacters(input: string): boolean {
  return /\p{Cc}/u.test(input);
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
