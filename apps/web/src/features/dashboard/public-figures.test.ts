import { describe, expect, it } from 'vitest';
import { count, plain, text } from './dataset';
import { publicFiguresJson, publicFiguresVariables, publicPeriodChoices, publicPeriodFrom, publicPeriodValue } from './public-figures';

describe('public figures: periods', () => {
  it('offers this year and the two before, this quarter and the seven before, newest first and never the future', () => {
    const { years, quarters } = publicPeriodChoices('2026-02-14');
    expect(years.map((choice) => choice.value)).toEqual(['2026', '2025', '2024']);
    expect(quarters.map((choice) => choice.value)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3', '2024-Q2']);
  });

  it('reads the URL’s choice when the page offers it, else this year', () => {
    expect(publicPeriodFrom('2025-Q3', '2026-02-14')).toEqual({ kind: 'QUARTER', value: '2025-Q3' });
    expect(publicPeriodFrom('2024', '2026-02-14')).toEqual({ kind: 'YEAR', value: '2024' });
    for (const value of [null, '2023', '2026-Q2', '2026-11', 'zwanzig'])
      expect(publicPeriodFrom(value, '2026-02-14')).toEqual({ kind: 'YEAR', value: '2026' });
  });

  it('asks the API for the first day of the choice and names files by the answer’s period', () => {
    expect(publicFiguresVariables({ kind: 'QUARTER', value: '2025-Q3' })).toEqual({ period: 'QUARTER', from: '2025-07-01' });
    expect(publicFiguresVariables({ kind: 'YEAR', value: '2025' })).toEqual({ period: 'YEAR', from: '2025-01-01' });
    expect(publicPeriodValue({ kind: 'QUARTER', from: '2025-07-01' })).toBe('2025-Q3');
    expect(publicPeriodValue({ kind: 'YEAR', from: '2025-01-01' })).toBe('2025');
  });
});

describe('public figures: JSON', () => {
  it('writes every table with its columns, hidden counts as value null with their protection, and the licence', () => {
    const json = JSON.parse(
      publicFiguresJson(
        {
          title: 'Die Partnerschaft in Zahlen',
          description: '…',
          licence: { name: 'dl-de/by-2-0', url: 'https://www.govdata.de/dl-de/by-2-0' },
          publisher: 'Wirtschaftsinitiative Westfalen',
          period: { kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' },
          asOf: '2026-12-05T21:00:00.000Z',
          protectionNote: '…',
        },
        [
          {
            fileStem: 'organisationen-regionen',
            caption: 'Organisationen nach Region',
            columns: [
              { key: 'region', label: 'Region' },
              { key: 'total', label: 'Registriert' },
              { key: 'year', label: 'Jahr' },
            ],
            rows: [
              { key: 'DORTMUND', cells: [text('Dortmund'), count({ value: 13, suppressed: false, protection: null }), plain(2026)] },
              { key: 'OLPE', cells: [text('Kreis Olpe'), count({ value: null, suppressed: true, protection: 'SMALL' })] },
            ],
          },
        ],
      ),
    ) as Record<string, unknown>;
    expect(json.licence).toEqual({ name: 'dl-de/by-2-0', url: 'https://www.govdata.de/dl-de/by-2-0' });
    expect(json.datasets).toEqual([
      {
        id: 'organisationen-regionen',
        title: 'Organisationen nach Region',
        columns: [
          { key: 'region', label: 'Region' },
          { key: 'total', label: 'Registriert' },
          { key: 'year', label: 'Jahr' },
        ],
        rows: [
          { region: 'Dortmund', total: { value: 13, protection: null }, year: 2026 },
          { region: 'Kreis Olpe', total: { value: null, protection: 'SMALL' }, year: null },
        ],
      },
    ]);
  });
});
