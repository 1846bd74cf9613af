import { describe, expect, it } from 'vitest';
import { foldText, hasControlCharacters, looseSpelling, organisationSearchText, searchTerms, searchText, textProblem } from './text.js';

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
    expect(organisationSearchText({ name: 'IHK Siegen', shortName: null, municipality: 'Siegen' })).toBe('ihk siegen siegen');
  });

  it('ends with the district, then the spelling without umlauts of each word that has one', () => {
    const region = { key: 'MAERKISCHER_KREIS', name: 'Märkischer Kreis' };
    expect(organisationSearchText({ name: 'Stadtwerke Lüdenscheid', municipality: 'Lüdenscheid', industry: 'Energie', region })).toBe(
      'stadtwerke luedenscheid luedenscheid energie maerkischer kreis ludenscheid ludenscheid markischer',
    );
  });

  it('leaves out the catch-all region', () => {
    expect(organisationSearchText({ name: 'Weit Weg GmbH', municipality: 'Köln', region: { key: 'OTHER', name: 'Weitere Regionen' } })).toBe(
      'weit weg gmbh koeln koln',
    );
  });
});

/** True when a record with this search text is found by the search, as the API's LIKE conditions decide. */
function finds(search: string, ...parts: string[]): boolean {
  const text = searchText(parts);
  return searchTerms(search).every((spellings) => spellings.some((spelling) => text.includes(spelling)));
}

describe('searchText and searchTerms: how people type', () => {
  it.each([
    ['ludenscheid', 'Lüdenscheid'],
    ['Luedenscheid', 'Lüdenscheid'],
    ['LÜDENSCHEID', 'Lüdenscheid'],
    ['Sudwestfalen', 'Südwestfalen Agentur GmbH'],
    ['Kunstliche Intelligenz', 'Künstliche Intelligenz im Mittelstand'],
    ['Olmuller', 'Ölmüller Maschinenbau'],
    ['Fordertechnik', 'Fördertechnik und Logistik'],
    ['Müller', 'Mueller & Söhne'],
    ['Muller', 'Mueller & Söhne'],
    ['Märkischer Kreis', 'Markischer Kreis'],
    ['Elektro-', 'Elektroniker/in für Betriebstechnik'],
    ['Elektro–', 'Elektroniker/in für Betriebstechnik'],
    ['Elektro/', 'Elektroniker/in für Betriebstechnik'],
    ['„Olpe“,', 'Kreis Olpe'],
    ['C++', 'Programmierung in C++'],
    ['C#', 'Entwicklung mit C# und .NET'],
    ['.NET', 'Entwicklung mit C# und .NET'],
    ['Strasse', 'Hauptstraße 1'],
  ])('"%s" finds "%s"', (search, text) => {
    expect(finds(search, text)).toBe(true);
  });

  it.each([
    ['Ludenscheid Siegen', 'Lüdenscheid'],
    ['Elektronik', 'Elektro'],
    ['C++', 'Programmierung in C'],
  ])('"%s" does not find "%s"', (search, text) => {
    expect(finds(search, text)).toBe(false);
  });

  it('keeps LIKE wildcards and empty words out, and uses at most ten words', () => {
    expect(searchTerms('100% _x_ a\\b')).toEqual([['100'], ['x'], ['a'], ['b']]);
    expect(searchTerms(' - – / ')).toEqual([]);
    expect(searchTerms('a b c d e f g h i j k l')).toHaveLength(10);
    expect(searchTerms(null)).toEqual([]);
  });

  it('gives each word its loose spelling when that differs', () => {
    expect(searchTerms('Lüdenscheid Olpe')).toEqual([['luedenscheid', 'ludenscheid'], ['olpe']]);
    expect(looseSpelling('oelmueller maerkisch')).toBe('olmuller markisch');
    expect(looseSpelling('steuern bauer quelle neue gebaeude')).toBe('steuern bauer quelle neue gebaude');
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
