import { describe, expect, it } from 'vitest';
import { readIllustrative, readKind, readRegion, readValue, readYear } from './fields';
import { readStatsRow, statsColumns } from './rows';

const HEADER = ['kind', 'year', 'from_region', 'to_region', 'value', 'source', 'illustrative'];
const columns = statsColumns(HEADER);
const row = (...fields: string[]) => readStatsRow({ line: 7, fields }, columns);

describe('field readers', () => {
  it('reads kinds in English and German, in any case', () => {
    expect([readKind('COMMUTERS'), readKind('pendler'), readKind('Employees'), readKind('BESCHAEFTIGTE'), readKind('Beschäftigte')]).toEqual([
      { value: 'COMMUTERS' },
      { value: 'COMMUTERS' },
      { value: 'EMPLOYEES' },
      { value: 'EMPLOYEES' },
      { value: 'EMPLOYEES' },
    ]);
    expect(readKind('EINWOHNER')).toEqual({
      problem: {
        de: 'kind „EINWOHNER“ ist weder COMMUTERS (PENDLER) noch EMPLOYEES (BESCHAEFTIGTE)',
        en: 'kind "EINWOHNER" is neither COMMUTERS (PENDLER) nor EMPLOYEES (BESCHAEFTIGTE)',
      },
    });
  });

  it('maps every Kreisschlüssel, also without its leading zero, and region keys in any case', () => {
    const keys = {
      '05913': 'DORTMUND',
      '05958': 'HOCHSAUERLANDKREIS',
      '05962': 'MAERKISCHER_KREIS',
      '05966': 'OLPE',
      '05970': 'SIEGEN_WITTGENSTEIN',
      '05974': 'SOEST',
    };
    for (const [key, region] of Object.entries(keys)) {
      expect(readRegion('to_region', key)).toEqual({ value: region });
      expect(readRegion('to_region', key.slice(1))).toEqual({ value: region });
    }
    expect(readRegion('from_region', 'maerkischer_kreis')).toEqual({ value: 'MAERKISCHER_KREIS' });
    expect(readRegion('from_region', 'OTHER')).toEqual({ value: 'OTHER' });
    expect(readRegion('from_region', '')).toEqual({ value: null });
    expect(readRegion('from_region', '05978')).toEqual({
      problem: expect.objectContaining({
        en: expect.stringMatching(/^from_region: Kreisschlüssel 05978 is not a partnership region \(05913, .*, 05974\); give figures/),
      }),
    });
    expect(readRegion('to_region', 'Märkischer Kreis')).toEqual({
      problem: expect.objectContaining({ de: expect.stringMatching(/^to_region „Märkischer Kreis“ ist weder eine Region \(DORTMUND, /) }),
    });
    expect(readRegion('to_region', '059130')).toMatchObject({ problem: {} });
  });

  it('reads whole numbers with optional thousands dots, refuses decimals, negatives and overflow', () => {
    expect(['0', '7', '007', '12345', '12.345', '1.234.567', '2147483647'].map((text) => readValue(text))).toEqual(
      [0, 7, 7, 12345, 12345, 1234567, 2147483647].map((value) => ({ value })),
    );
    const problemOf = (text: string) => {
      const parsed = readValue(text);
      return 'problem' in parsed ? parsed.problem.en : null;
    };
    expect(problemOf('-5')).toBe('value "-5" is negative');
    expect(problemOf('-1.000')).toBe('value "-1.000" is negative');
    for (const text of ['12.5', '12,5', '1.2345', '12.34.567', '.345', '1e3', '12 345', '+5', 'zwölf']) {
      expect(problemOf(text), text).toBe(
        `value ${JSON.stringify(text)} is not a whole number (allowed: digits, thousands separated by dots as in 12.345)`,
      );
    }
    expect(problemOf('2.147.483.648')).toBe('value "2.147.483.648" is too large (at most 2147483647)');
    expect(problemOf('')).toBe('value is empty');
  });

  it('reads years 1950 to 2100 and the illustrative flag', () => {
    expect([readYear('1950'), readYear('2100')]).toEqual([{ value: 1950 }, { value: 2100 }]);
    for (const text of ['1949', '2101', '22', '2022.0', ''])
      expect(readYear(text), text).toMatchObject({ problem: { en: `year ${JSON.stringify(text)} is not a year from 1950 to 2100` } });
    const flags = ['', 'true', 'FALSE', 'ja', 'Nein', '1', '0'].map(readIllustrative);
    expect(flags).toEqual([false, true, false, true, false, true, false].map((value) => ({ value })));
    expect(readIllustrative('yes')).toMatchObject({ problem: { de: 'illustrative „yes“ ist keiner der Werte true, false, ja, nein, 1, 0' } });
  });
});

describe('statsColumns', () => {
  it('finds the columns case-insensitively in any order and ignores unknown ones', () => {
    expect(statsColumns([' Source ', 'TO_REGION', 'note', 'value', 'From_Region', 'year', 'Kind'])).toEqual({
      count: 7,
      index: { source: 0, to_region: 1, value: 3, from_region: 4, year: 5, kind: 6 },
    });
  });

  it('names the missing required columns and repeated ones, in German and English', () => {
    expect(() => statsColumns(['kind', 'jahr', 'from', 'to_region', 'value', 'source'])).toThrow(
      'Der Kopfzeile fehlen die Pflichtspalten year, from_region (gefunden: kind, jahr, from, to_region, value, source). / ' +
        'The header row lacks the required columns year, from_region (found: kind, jahr, from, to_region, value, source). ' +
        'Expected: kind,year,from_region,to_region,value,source,illustrative',
    );
    expect(() => statsColumns([...HEADER, 'YEAR'])).toThrow('Die Kopfzeile nennt year mehrfach. / The header row names year more than once.');
  });
});

describe('readStatsRow', () => {
  it('reads a commuter and an employee figure, trimming fields', () => {
    expect(row(' PENDLER ', '2023', '05974', 'dortmund', '12.480', ' IT.NRW ', 'ja')).toEqual({
      line: 7,
      figure: { kind: 'COMMUTERS', year: 2023, fromRegionKey: 'SOEST', toRegionKey: 'DORTMUND', value: 12480, source: 'IT.NRW', illustrative: true },
    });
    expect(row('EMPLOYEES', '2023', '', '05962', '157000', 'IT.NRW', '')).toEqual({
      line: 7,
      figure: {
        kind: 'EMPLOYEES',
        year: 2023,
        fromRegionKey: null,
        toRegionKey: 'MAERKISCHER_KREIS',
        value: 157000,
        source: 'IT.NRW',
        illustrative: false,
      },
    });
  });

  it('checks the regions against the kind', () => {
    expect(row('EMPLOYEES', '2023', 'SOEST', 'SOEST', '1', 'x', '')).toMatchObject({
      kind: 'rejected',
      en: 'from_region must be empty for EMPLOYEES (employees by place of work)',
    });
    expect(row('COMMUTERS', '2023', '', 'SOEST', '1', 'x', '')).toMatchObject({
      kind: 'rejected',
      de: 'from_region ist leer (bei COMMUTERS der Wohnort)',
    });
    expect(row('COMMUTERS', '2023', '05974', 'SOEST', '1', 'x', '')).toMatchObject({
      kind: 'rejected',
      en: 'from_region and to_region are both SOEST',
    });
    expect(row('EMPLOYEES', '2023', '', '', '1', 'x', '')).toMatchObject({ kind: 'rejected', en: 'to_region is empty' });
  });

  it('names all problems of a row at once and refuses rows with another number of fields', () => {
    expect(row('PENDLER', '20xx', 'SOEST', 'DORTMUND', '1.2345', '', '')).toEqual({
      line: 7,
      kind: 'rejected',
      de: 'year „20xx“ ist kein Jahr von 1950 bis 2100; value „1.2345“ ist keine ganze Zahl (erlaubt: Ziffern, Tausenderpunkte wie 12.345); source ist leer',
      en: 'year "20xx" is not a year from 1950 to 2100; value "1.2345" is not a whole number (allowed: digits, thousands separated by dots as in 12.345); source is empty',
    });
    expect(row('PENDLER', '2023', 'SOEST', 'DORTMUND', '1', 'x')).toEqual({
      line: 7,
      kind: 'rejected',
      de: 'hat 6 Felder, die Kopfzeile 7',
      en: 'has 6 fields, the header has 7',
    });
    expect(row('PENDLER', '2023', 'SOEST', 'DORTMUND', '1', `x${'y'.repeat(300)}`, '')).toMatchObject({
      en: 'source is 301 characters long (at most 300)',
    });
    expect(row('PENDLER', '2023', 'SOEST', 'DORTMUND', '1', 'IT.NRW\nStand 2024', '')).toMatchObject({
      en: 'source contains control characters (a line break?)',
    });
  });

  it('reads a file without the illustrative column as not illustrative', () => {
    const short = statsColumns(HEADER.slice(0, 6));
    expect(readStatsRow({ line: 2, fields: ['EMPLOYEES', '2023', '', 'OLPE', '56.000', 'IT.NRW'] }, short)).toMatchObject({
      figure: { illustrative: false, value: 56000 },
    });
  });
});
