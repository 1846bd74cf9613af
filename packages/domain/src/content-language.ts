/**
 * The language of a text people wrote (titles, descriptions of needs, offers, organisations), so the
 * interface can mark it (`lang`, WCAG 3.1.2) when it differs from the interface's language. Inferred,
 * not stored: German and English function words are counted ("und", "für" against "and", "for"),
 * umlauts and ß count for German. German, the portal's first language, unless English clearly wins.
 */
export type ContentLanguage = 'de' | 'en';

const GERMAN = new Set(
  'der die das den dem des ein eine einen einem einer und oder mit für von vom zur zum im ist sind wird werden wir sie ihr ihre unser unsere auf bei aus nach nicht auch als sich über'.split(
    ' ',
  ),
);
const ENGLISH = new Set('the a an and or with for of from to is are will be we you your our their on at by not also as this that in into'.split(' '));

export function contentLanguage(...texts: ReadonlyArray<string | null | undefined>): ContentLanguage {
  const text = texts.filter(Boolean).join(' ').toLowerCase();
  let german = (text.match(/[äöüß]/g) ?? []).length;
  let english = 0;
  for (const word of text.split(/[^\p{L}]+/u)) {
    if (GERMAN.has(word)) german += 1;
    else if (ENGLISH.has(word)) english += 1;
  }
  return english > german ? 'en' : 'de';
}
