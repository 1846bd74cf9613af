import { PASSWORD_LENGTH, type PasswordProblem } from '@wiw/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { Bilingual, Locale } from '../../common/i18n/locale';

/**
 * Password rules (OWASP ASVS 5.0 §6.2, NIST SP 800-63B §3.1.1.2): length 12–256, no composition
 * rules (every character is allowed, spaces and umlauts included), no common or breached
 * passwords, no password that contains the person's own email or name.
 *
 * Unicode: passwords are normalised with NFKC before they are checked, counted or hashed
 * (`normalizePassword`). The same password can reach us as different code point sequences:
 * "ü" typed on a German keyboard is U+00FC, pasted from a macOS file name it is "u" + U+0308;
 * full-width "Ａ" from a Japanese IME is a compatibility variant of "A". Without normalisation a
 * person could not sign in on another device with the password they chose. NFKC (rather than NFC)
 * also folds compatibility characters, as NIST 800-63B and RFC 8265 (OpaqueString) recommend, and
 * it lets the common-password check see "ｐａｓｓｗｏｒｄ" as "password". Length is counted in code
 * points of the normalised text, so an emoji or an umlaut counts as one character, never as two
 * UTF-16 units.
 */

/** Email local parts and names shorter than this are not looked for in the password. */
export const CONTEXT_WORD_MIN_LENGTH = 4;

export interface PasswordContext {
  /** The account's email address; its local part (before the last "@") must not be in the password. */
  email?: string | null;
  /** The person's name; neither the whole name nor any part of it must be in the password. */
  name?: string | null;
}

/** Messages shown next to the password field, per problem code. */
export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, Bilingual>> = {
  TOO_SHORT: {
    de: `Das Passwort muss mindestens ${PASSWORD_LENGTH.min} Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.`,
    en: `The password must be at least ${PASSWORD_LENGTH.min} characters long. A sentence of several words is easy to remember and hard to guess.`,
  },
  TOO_LONG: {
    de: `Das Passwort darf höchstens ${PASSWORD_LENGTH.max} Zeichen lang sein.`,
    en: `The password must not be longer than ${PASSWORD_LENGTH.max} characters.`,
  },
  COMMON: {
    de: 'Dieses Passwort ist zu verbreitet oder kommt in Listen geleakter Passwörter vor. Bitte wählen Sie ein anderes.',
    en: 'This password is too common or appears in lists of leaked passwords. Please choose another one.',
  },
  CONTAINS_EMAIL_OR_NAME: {
    de: 'Das Passwort darf weder Ihre E-Mail-Adresse noch Ihren Namen enthalten.',
    en: 'The password must not contain your email address or your name.',
  },
};

export function passwordProblemMessage(problem: PasswordProblem, locale: Locale): string {
  return PASSWORD_PROBLEM_MESSAGES[problem][locale];
}

/** Codes with their messages in both languages, e.g. for an error's details. */
export function describePasswordProblems(problems: readonly PasswordProblem[]): Array<{ code: PasswordProblem; messages: Bilingual }> {
  return problems.map((code) => ({ code, messages: PASSWORD_PROBLEM_MESSAGES[code] }));
}

/** The form in which a password is checked, hashed and verified (see the file comment). */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Number of Unicode code points (not UTF-16 units) of the normalised password. */
export function passwordLength(password: string): number {
  return countCodePoints(normalizePassword(password));
}

function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Returns every rule the password breaks, as stable codes; an empty array means it is acceptable.
 * Runs in microseconds once the list is loaded; it never logs or stores the password.
 */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const normalized = normalizePassword(password);
  const problems: PasswordProblem[] = [];
  const length = countCodePoints(normalized);
  if (length < PASSWORD_LENGTH.min) problems.push('TOO_SHORT');
  if (length > PASSWORD_LENGTH.max) problems.push('TOO_LONG');
  if (isCommonPassword(normalized)) problems.push('COMMON');
  if (containsContextWord(normalized, context)) problems.push('CONTAINS_EMAIL_OR_NAME');
  return problems;
}

// --- common / breached passwords -------------------------------------------------------------

/**
 * The list is the `passwords-common` dictionary of @zxcvbn-ts/language-common (MIT): ~49,000
 * passwords ranked by frequency in leaked-password corpora, all lower case. It ships inside the
 * package, so no network request is made. The Set is built on first use (~10 ms).
 */
let commonPasswords: ReadonlySet<string> | undefined;

function commonPasswordSet(): ReadonlySet<string> {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => normalizePassword(entry).toLowerCase()));
  return commonPasswords;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/**
 * Removes trailing code points that do not match `keep`. A loop rather than a regex such as
 * /[^\p{L}]+$/u, which backtracks quadratically on long runs of symbols (the check also runs on
 * over-long input before it is rejected).
 */
function stripTrailing(text: string, keep: RegExp): string {
  const chars = Array.from(text);
  while (chars.length > 0 && !keep.test(chars[chars.length - 1]!)) chars.pop();
  return chars.join('');
}

/**
 * True if the password, compared case-insensitively, is on the list as it is, without its trailing
 * symbols ("qwerty123456!" → "qwerty123456") or without all trailing digits and symbols
 * ("Password123!" → "password"): appending digits or "!" does not make a listed password safe.
 */
export function isCommonPassword(password: string): boolean {
  const lower = normalizePassword(password).toLowerCase();
  const set = commonPasswordSet();
  // "qwerty123456!" → "qwerty123456"; "Password123!" → "password".
  const candidates = [lower, stripTrailing(lower, LETTER_OR_DIGIT), stripTrailing(lower, LETTER)];
  return candidates.some((candidate) => candidate.length > 0 && set.has(candidate));
}

// --- context-specific words (ASVS 5.0 6.2.11) -----------------------------------------------

/** Separators inside names and email local parts: "anna-lena.müller_1" → anna, lena, müller, 1. */
const WORD_SEPARATORS = /[\s.\-_+'’,]+/u;

function contextWords(context: PasswordContext): string[] {
  const words = new Set<string>();
  const add = (value: string): void => {
    const word = normalizePassword(value).toLowerCase().trim();
    if ([...word].length >= CONTEXT_WORD_MIN_LENGTH) words.add(word);
  };
  const addWithParts = (value: string): void => {
    add(value);
    for (const part of value.split(WORD_SEPARATORS)) add(part);
  };
  const email = context.email?.trim();
  if (email) {
    const at = email.lastIndexOf('@');
    addWithParts(at >= 0 ? email.slice(0, at) : email);
  }
  const name = context.name?.trim();
  if (name) addWithParts(name);
  return [...words];
}

/**
 * True if the password contains, case-insensitively, the email's local part or the person's name,
 * or one of their parts ("anna.schmidt@…" → "anna.schmidt", "anna", "schmidt"), each only when it
 * has at least four characters: "Schmidt2024-secure" must not pass for Anna Schmidt.
 */
export function containsContextWord(password: string, context: PasswordContext): boolean {
  const lower = normalizePassword(password).toLowerCase();
  return contextWords(context).some((word) => lower.includes(word));
}
