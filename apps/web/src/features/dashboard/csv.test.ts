import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvFileName, toCsv } from './csv';
import { count, plain, rate, text, type CellFormat, type DataSet } from './dataset';

const DE: Omit<CellFormat, 'raw'> = {
  language: 'de',
  texts: { suppressed: '< 3', rateSuppressed: 'nicht ausgewiesen (weniger als 3)', protected: 'geschützt', none: '–' },
};

const dataset: DataSet = {
  fileStem: 'verbindungen',
  caption: 'Verbindungen',
  columns: [
    { key: 'region', label: 'Region' },
    { key: 'requests', label: 'Anfragen; gesamt' },
    { key: 'rate', label: 'Annahmequote' },
  ],
  rows: [
    {
      key: 'a',
      cells: [
        text('Dortmund'),
        count({ value: 1234, suppressed: false }),
        rate({ value: 0.5, suppressed: false, basis: { value: 1234, suppressed: false } }),
      ],
    },
    {
      key: 'b',
      cells: [
        text('Kreis "Olpe"'),
        count({ value: null, suppressed: true }),
        rate({ value: null, suppressed: true, basis: { value: null, suppressed: true } }),
      ],
    },
    { key: 'c', cells: [text('=HYPERLINK("x")'), plain(0), rate({ value: null, suppressed: false, basis: { value: 0, suppressed: false } })] },
    {
      key: 'd',
      cells: [
        text('Soest'),
        count({ value: null, suppressed: true, protection: 'PROTECTED' }),
        rate({ value: null, suppressed: true, protection: 'PROTECTED', basis: { value: null, suppressed: true, protection: 'PROTECTED' } }),
      ],
    },
  ],
};

describe('toCsv', () => {
  const csv = toCsv(dataset, DE);
  const lines = csv.slice(1).split('\r\n');

  it('starts with the UTF-8 BOM and the German header, ";"-separated, CRLF line ends', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe('Region;"Anfragen; gesamt";Annahmequote');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(6);
  });

  it('writes whole numbers without thousands separators and rates as percentages', () => {
    expect(lines[1]).toBe('Dortmund;1234;50 %');
  });

  it('writes suppressed counts as "< 3" and suppressed rates as not shown, never a number', () => {
    expect(lines[2]).toBe('"Kreis ""Olpe""";< 3;nicht ausgewiesen (weniger als 3)');
  });

  it('writes counts and rates hidden to protect others as "geschützt"', () => {
    expect(lines[4]).toBe('Soest;geschützt;geschützt');
  });

  it('defuses formulas in text and writes "–" for a rate of nothing', () => {
    expect(lines[3]).toBe(`"'=HYPERLINK(""x"")";0;–`);
  });

  it('uses English labels and texts as given', () => {
    const en = toCsv(
      { ...dataset, columns: dataset.columns.map((column) => ({ ...column, label: column.key })), rows: dataset.rows.slice(0, 2) },
      { language: 'en', texts: { ...DE.texts, rateSuppressed: 'not shown (fewer than 3)' } },
    );
    expect(en.slice(1).split('\r\n').slice(0, 3)).toEqual([
      'region;requests;rate',
      'Dortmund;1234;50%',
      '"Kreis ""Olpe""";< 3;not shown (fewer than 3)',
    ]);
  });
});

describe('csvField', () => {
  it('quotes separators, quotes and line breaks only', () => {
    expect(csvField('plain', true)).toBe('plain');
    expect(csvField('a;b', true)).toBe('"a;b"');
    expect(csvField('a\nb', true)).toBe('"a\nb"');
    expect(csvField('-5', false)).toBe('-5');
    expect(csvField('-5', true)).toBe("'-5");
  });
});

describe('csvFileName', () => {
  it('names the panel, the period and the region', () => {
    expect(csvFileName('verbindungen', '2026-Q4', null)).toBe('dashboard-verbindungen-2026-Q4.csv');
    expect(csvFileName('pendler', '2026-01-01_2026-03-31', 'SIEGEN_WITTGENSTEIN')).toBe(
      'dashboard-pendler-2026-01-01_2026-03-31-siegen-wittgenstein.csv',
    );
  });
});
