import { describe, expect, it } from 'vitest';
import { foldText, hasControlCharacters, organisationSearchText, textProblem } from './text.js';

describe('foldText', () => {
  it('treats umlauts and their two-letter spellings alike', () => {
    expect(foldText('Lüdenscheid')).toBe(foldText('luedenscheid'));
    expect(foldText('Märkischer Kreis')).toBe('maerkischer kreis');
    expect(foldText('Schößler')).toBe('schoessler');
    expect(foldText('Straße')).toBe(foldText('STRASSE'));
  });

  it('folds decomposed umlauts like composed ones', () => {
    expect(foldText('Lu\u0308denscheid')).toBe('luedenscheid');
    expect(foldText('LU\u0308DENSCHEID')).toBe('luedenscheid');
  });

  it('ignores case, other diacritics and extra whitespace', () => {
    expect(foldText('  Café   Olpe ')).toBe('cafe olpe');
    expect(foldText('ÄÖÜ')).toBe('aeoeue');
  });
});

describe('organisationSearchText', () => {
  it('joins the present parts and folds them', () => {
    expect(organisationSearchText(['IHK Siegen', null, 'Siegen', undefined])).toBe('ihk siegen siegen');
  });
});

describe('hasControlCharacters', () => {
  it('spots NUL, escape and other control characters but not umlauts or spaces', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('x\u001b[31m')).toBe(true);
    expect(hasControlCharacters('Lüdenscheid Süd')).toBe(false);
  });
});

describe('textProblem', () => {
  it('refuses lone surrogates anywhere, and accepts surrogate pairs (emoji)', () => {
    expect(textProblem('a\uD800b', { multiLine: true })).toBe('notWellFormed');
    expect(textProblem('\uDC00', { multiLine: false })).toBe('notWellFormed');
    expect(textProblem('Grüße 👋', { multiLine: false })).toBeNull();
  });

  it('allows tab and line breaks only in multi-line text, never other control characters', () => {
    expect(textProblem('Zeile 1\r\nZeile 2\tx', { multiLine: true })).toBeNull();
    expect(textProblem('a\tb', { multiLine: false })).toBe('controlCharacters');
    expect(textProblem('a\nb', { multiLine: false })).toBe('controlCharacters');
    for (const control of ['\u0000', '\u001b', '\u007f', '\u0085']) {
      expect(textProblem(`a${control}b`, { multiLine: true })).toBe('controlCharacters');
    }
  });
});

describe('hasControlCharacters', () => {
  it('spots NUL, escape and other control characters but not umlauts or spaces', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('x\u001b[31m')).toBe(true);
    expect(hasControlCharacters('Lüdenscheid Süd')).toBe(false);
  });
});
