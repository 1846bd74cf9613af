import { PASSWORD_LENGTH, PASSWORD_PROBLEMS } from '@wiw/domain';
import { checkPasswordPolicy, describePasswordProblems, passwordLength, passwordProblemMessage, PASSWORD_PROBLEM_MESSAGES } from './index';

/** Exactly `count` code points cut from repetitions of `unit` (which may hold emoji and umlauts). */
function codePoints(count: number, unit: string): string {
  const chars = Array.from(unit);
  return Array.from({ length: count }, (_, i) => chars[i % chars.length]).join('');
}

const MIXED = 'Grüße aus Sölde 🌳🚲 ';
const DECOMPOSED_U = 'u\u0308'; // "ü" as "u" + combining diaeresis: 2 code points before NFKC, 1 after

describe('password policy: length in code points', () => {
  it.each([
    ['emoji', '😀'],
    ['umlauts', 'äöüÄÖÜß'],
    ['mixed text', MIXED],
  ])('%s: 11 code points are too short, 12 are enough', (_label, unit) => {
    const eleven = codePoints(11, unit);
    const twelve = codePoints(12, unit);
    expect(passwordLength(eleven)).toBe(11);
    expect(checkPasswordPolicy(eleven)).toEqual(['TOO_SHORT']);
    expect(passwordLength(twelve)).toBe(12);
    expect(checkPasswordPolicy(twelve)).toEqual([]);
  });

  it('counts an emoji as one character although it is two UTF-16 units', () => {
    const emoji = '😀'.repeat(11);
    expect(emoji.length).toBe(22); // UTF-16 units would wrongly pass the minimum
    expect(checkPasswordPolicy(emoji)).toEqual(['TOO_SHORT']);
  });

  it('counts a decomposed umlaut as one character (after NFKC)', () => {
    const eleven = DECOMPOSED_U.repeat(11);
    expect(eleven.length).toBe(22);
    expect(checkPasswordPolicy(eleven)).toEqual(['TOO_SHORT']);
    expect(checkPasswordPolicy(DECOMPOSED_U.repeat(12))).toEqual([]);
  });

  it.each([
    ['emoji', '😀'],
    ['umlauts', 'äöüÄÖÜß'],
    ['mixed text', MIXED],
  ])('%s: 256 code points are allowed, 257 are too long', (_label, unit) => {
    const max = codePoints(256, unit);
    const over = codePoints(257, unit);
    expect(passwordLength(max)).toBe(PASSWORD_LENGTH.max);
    expect(checkPasswordPolicy(max)).toEqual([]);
    expect(checkPasswordPolicy(over)).toEqual(['TOO_LONG']);
  });

  it('measures the length after NFKC, which may grow ("ﬁ" ligature → "fi")', () => {
    const ligatures = 'ﬁ'.repeat(6); // 6 code points typed, 12 after normalisation
    expect(ligatures.length).toBe(6);
    expect(passwordLength(ligatures)).toBe(12);
    expect(checkPasswordPolicy(ligatures)).toEqual([]);
  });

  it('allows spaces, umlauts, symbols and emoji', () => {
    expect(checkPasswordPolicy('  Öl auf der Brücke: 42 € & 🚲  ')).toEqual([]);
  });

  it('uses 12 and 256 as its limits', () => {
    expect(PASSWORD_LENGTH).toEqual({ min: 12, max: 256 });
  });
});

describe('password policy: common and breached passwords', () => {
  it.each([
    'qwerty123456', // on the list as it is
    '1qaz2wsx3edc',
    'QWERTY123456', // case-insensitive
    'Password123!', // trailing digits and symbols removed → "password"
    'PASSWORD1234',
    'password!!!!',
    'iloveyou2024',
    'Passwort2024!', // German
    'Dortmund1909!',
    'q1w2e3r4t5y6!', // only the trailing symbol removed → "q1w2e3r4t5y6"
    'ｐａｓｓｗｏｒｄ１２３４', // full-width, NFKC → "password1234"
    '123456789012',
  ])('rejects %s', (password) => {
    expect(checkPasswordPolicy(password)).toEqual(['COMMON']);
  });

  it('reports a short common password as both too short and common', () => {
    expect(checkPasswordPolicy('password')).toEqual(['TOO_SHORT', 'COMMON']);
  });

  it.each([
    'Kaffee trinken am Phoenix-See 2025',
    'correct horse battery staple',
    'Sieben Brücken über die Lenne!',
    'my password is not password1', // listed words inside a longer phrase are fine
  ])('accepts the passphrase "%s"', (password) => {
    expect(checkPasswordPolicy(password, { email: 'anna.schmidt@example.de', name: 'Anna Schmidt' })).toEqual([]);
  });

  it('stays fast on long runs of symbols (no regex backtracking)', () => {
    const started = performance.now();
    checkPasswordPolicy(`${'!'.repeat(100_000)}a`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('password policy: email and name', () => {
  const context = { email: 'Anna.Schmidt@example.de', name: 'Anna Schmidt' };

  it.each([
    'anna.schmidt und der Kaffee', // the whole local part
    'Kaffee mit ANNA SCHMIDT!', // the whole name, other case
    'schmidt-kaffee-morgens', // one part of the name
    'Morgens ist Anna müde', // first name
  ])('rejects "%s"', (password) => {
    expect(checkPasswordPolicy(password, context)).toEqual(['CONTAINS_EMAIL_OR_NAME']);
  });

  it('compares names with umlauts case-insensitively and after NFKC', () => {
    const decomposedName = `Ju${'\u0308'}rgen Mu${'\u0308'}ller`;
    expect(checkPasswordPolicy('MÜLLER trinkt Kaffee im Büro', { name: decomposedName })).toEqual(['CONTAINS_EMAIL_OR_NAME']);
    expect(checkPasswordPolicy('Kaffee für jürgen im Büro', { name: 'Jürgen Müller' })).toEqual(['CONTAINS_EMAIL_OR_NAME']);
  });

  it('ignores email local parts and names shorter than 4 characters', () => {
    expect(checkPasswordPolicy('bo und li trinken Tee', { email: 'bo@example.de', name: 'Bo Li' })).toEqual([]);
    expect(checkPasswordPolicy('bo und li trinken Tee', { email: 'bo.li@example.de' })).toEqual([]);
  });

  it('looks only at the local part of the email, not at the domain', () => {
    expect(checkPasswordPolicy('example gardens in spring', { email: 'kim@example.de' })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(checkPasswordPolicy('anna1', context)).toEqual(['TOO_SHORT', 'COMMON', 'CONTAINS_EMAIL_OR_NAME']);
  });
});

describe('password policy: messages', () => {
  it('has a German and an English message for every code', () => {
    expect(Object.keys(PASSWORD_PROBLEM_MESSAGES).sort()).toEqual([...PASSWORD_PROBLEMS].sort());
    for (const code of PASSWORD_PROBLEMS) {
      const { de, en } = PASSWORD_PROBLEM_MESSAGES[code];
      expect(de.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(de).not.toBe(en);
      expect(passwordProblemMessage(code, 'de')).toBe(de);
    }
    expect(passwordProblemMessage('TOO_SHORT', 'en')).toContain('12');
  });

  it('describes problems with code and both messages', () => {
    expect(describePasswordProblems(['COMMON'])).toEqual([{ code: 'COMMON', messages: PASSWORD_PROBLEM_MESSAGES.COMMON }]);
  });
});
