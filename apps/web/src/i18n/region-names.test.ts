import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import de from './locales/de';
import en from './locales/en';

/*
 * One rule for region names (issue 16, item 7): a district's name is a proper name and stays as the
 * reference data spells it in both languages ("Kreis Olpe", "Märkischer Kreis"), never half
 * translated ("Olpe district" beside "Märkischer Kreis").
 */
const reference = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../prisma/seed/reference/regions.json'), 'utf8')) as Array<{
  key: string;
  name: string;
  side: string | null;
}>;

describe('region names', () => {
  const districts = reference.filter((region) => region.side !== null);

  it.each([
    ['de', de.enums.region],
    ['en', en.enums.region],
  ] as const)('%s: every district is named as in the reference data', (_language, names) => {
    expect(districts.length).toBe(6);
    expect(Object.fromEntries(districts.map((region) => [region.key, names[region.key as keyof typeof names]]))).toEqual(
      Object.fromEntries(districts.map((region) => [region.key, region.name])),
    );
  });
});
