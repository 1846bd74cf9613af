import { describe, expect, it } from 'vitest';
import { formatCents, paragraphs } from './format';

describe('news formatting', () => {
  it('shows cents as euros in the language of the page', () => {
    expect(formatCents(12_500, 'de')).toBe('125,00\u00a0€');
    expect(formatCents(12_500, 'en')).toBe('€125.00');
  });

  it('splits the body at blank lines and keeps markup as text', () => {
    expect(paragraphs('Erster Absatz.\nNoch erster.\n\n  \n<b>Zweiter</b>\n')).toEqual(['Erster Absatz.\nNoch erster.', '<b>Zweiter</b>']);
  });
});
