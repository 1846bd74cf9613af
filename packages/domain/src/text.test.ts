import { describe, expect, it } from 'vitest';
import { foldText, organisationSearchText } from './text';

describe('foldText', () => {
  it('treats umlauts and their two-letter spellings alike', () => {
    expect(foldText('Lüdenscheid')).toBe(foldText('luedenscheid'));
    expect(foldText('Märkischer Kreis')).toBe('maerkischer kreis');
    expect(foldText('Schößler')).toBe('schoessler');
    expect(foldText('Straße')).toBe(foldText('STRASSE'));
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
