import { describe, expect, it } from 'vitest';
import { contentLanguage } from './content-language.js';

describe('contentLanguage', () => {
  it.each([
    ['Qualitätsingenieur/in IATF 16949', 'de'],
    ['Wir suchen eine Fachkraft für Lagerlogistik mit Staplerschein.', 'de'],
    ['SPS-Programmierung', 'de'],
    ['Data analyst for route planning', 'en'],
    ['We are looking for a PLC programmer with experience in the automotive industry.', 'en'],
    ['', 'de'],
  ] as const)('%s → %s', (text, language) => {
    expect(contentLanguage(text)).toBe(language);
  });

  it('weighs title and description together', () => {
    expect(contentLanguage('Python', 'We need help with the migration of our data platform.')).toBe('en');
    expect(contentLanguage('Python', 'Wir brauchen Unterstützung bei der Migration unserer Datenplattform.')).toBe('de');
  });
});
