import { describe, expect, it } from 'vitest';
import { DisclosedTable, DisclosureTable, piecesBetween, type TableBuilder } from './disclosure.js';
import { blockKey, blocksOf, LATER, protectBlocks, servedBlocks, storedFigures, type StoredBlock } from './stored.js';

describe('blocks', () => {
  it('are every month, quarter and year of the covered years', () => {
    const blocks = servedBlocks(2025, 2026);
    expect(blocks).toHaveLength(2 * (12 + 4 + 1));
    expect(blocks.filter((b) => b.kind === 'QUARTER').map(blockKey)).toContain('2026-10-01..2026-12-31');
  });

  it('cut a run of whole months into the fewest stored periods', () => {
    expect(blocksOf({ from: '2025-02-01', to: '2026-07-31' }).map(blockKey)).toEqual([
      '2025-02-01..2025-02-28',
      '2025-03-01..2025-03-31',
      '2025-04-01..2025-06-30',
      '2025-07-01..2025-09-30',
      '2025-10-01..2025-12-31',
      '2026-01-01..2026-03-31',
      '2026-04-01..2026-06-30',
      '2026-07-01..2026-07-31',
    ]);
    expect(blocksOf({ from: '2026-01-01', to: '2026-12-31' }).map(blockKey)).toEqual(['2026-01-01..2026-12-31']);
  });
});

describe('protectBlocks', () => {
  // Two regions a and b, their total; a has 1 in February, so February's a is small.
  const amounts: Record<string, Record<string, number>> = { a: { '2026-01-15': 4, '2026-02-15': 1, '2026-03-15': 5 }, b: { '2026-02-15': 6 } };
  const hidden = protectBlocks(2026, 2026, (table, period) => {
    for (const [key, days] of Object.entries(amounts))
      for (const [day, amount] of Object.entries(days)) if (day >= period.from && day <= period.to) table.add(key, day, amount);
    table.sum('all', ['a', 'b']);
  });
  const at = (from: string, to: string) => hidden.get(`${from}..${to}`)!.hidden.sort();

  it('hides a small cell and the cell protecting it in its month', () => {
    expect(at('2026-02-01', '2026-02-28')).toEqual(['a', 'b']);
  });

  it('hides more across the quarter, so that it minus the shown months cannot give the month away', () => {
    // a's quarter (10) minus January's 4 and March's 5 would tell February's 1.
    const hiddenA = ['2026-01-01..2026-01-31', '2026-03-01..2026-03-31', '2026-01-01..2026-03-31'].filter((key) =>
      hidden.get(key)!.hidden.includes('a'),
    );
    expect(hiddenA.length).toBeGreaterThan(0);
    // The year is the quarters: with the first quarter's a hidden, the year's a or another quarter's is too.
    const year = ['2026-01-01..2026-12-31', '2026-04-01..2026-06-30'].filter((key) => hidden.get(key)!.hidden.includes('a'));
    expect(hidden.get('2026-01-01..2026-03-31')!.hidden.includes('a') ? year.length : 1).toBeGreaterThan(0);
  });
});

describe('storedFigures', () => {
  // A panel like the organisations' and the connections': per region a total up to the period's end
  // (cumulative, with what came before as a carry), what came in within the period, the accepted
  // among it (the rest: open), and every figure's sum over the regions.
  let seed = 20261206;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
  const rows = piecesBetween('2025-01-01', '2026-12-31').flatMap((month) =>
    ['a', 'b'].map((region) => {
      const n = random(4) === 0 ? random(3) : random(9);
      return { region, day: month.replace(/-01$/, '-15'), n, accepted: random(n + 1) };
    }),
  );
  const fill = (table: TableBuilder, period: { from: string; to: string }) => {
    for (const row of rows) {
      if (row.day > period.to) continue;
      table.add(`total|${row.region}`, row.day, row.n, 'CUMULATIVE');
      if (row.day < period.from) continue;
      table.add(`new|${row.region}`, row.day, row.n);
      table.add(`accepted|${row.region}`, row.day, row.accepted);
    }
    for (const column of ['total', 'new', 'accepted'])
      table.sum(
        `${column}|*`,
        ['a', 'b'].map((region) => `${column}|${region}`),
      );
    for (const region of ['a', 'b', '*']) {
      table.rest(`open|${region}`, `new|${region}`, [`accepted|${region}`]);
      table.carry(`before|${region}`, `total|${region}`, [`new|${region}`]);
    }
  };
  const protectedBlocks = protectBlocks(2025, 2026, fill);
  const stored: StoredBlock[] = [...protectedBlocks].map(([key, block]) => ({ from: key.slice(0, 10), to: key.slice(12), ...block }));
  stored.push({ ...protectedBlocks.get('2026-12-01..2026-12-31')!, from: '2027-01-01', to: LATER });

  /** The answer as the period's own table gives it, with the stored blocks' hidden keys. */
  function fromTheRows(period: { from: string; to: string }): { shown: DisclosedTable; values: Map<string, number> } {
    const table = new DisclosureTable(piecesBetween(period.from < '2025-01-01' ? period.from : '2025-01-01', period.to));
    fill(table, period);
    const values = new Map([...table.shownFigures()].map(([key, { value }]) => [key, value]));
    const blocks = blocksOf(period).map(blockKey);
    const hidden = stored.filter((row) => blocks.includes(blockKey(row)) || (row.to === LATER && row.from <= period.to)).flatMap((row) => row.hidden);
    return { shown: DisclosedTable.of(values, new Set(hidden)), values };
  }

  const months = piecesBetween('2024-07-01', '2027-06-30');
  const endOf = (month: string) => blocksOf({ from: month, to: month.replace(/-01$/, '-28') })[0]!.to;
  const periods = Array.from({ length: 300 }, () => {
    const [a, b] = [months[random(months.length)]!, months[random(months.length)]!].sort();
    return { from: a!, to: endOf(b!) };
  });
  const keys = ['total', 'new', 'accepted'].flatMap((column) => ['a', 'b', '*'].map((region) => `${column}|${region}`));

  it('gives every run of whole months the figures and protection of its own table', () => {
    for (const period of periods) {
      const expected = fromTheRows(period);
      const { shown, values } = storedFigures(period, stored);
      for (const key of keys) {
        expect({ period, key, value: values.get(key) ?? 0 }).toEqual({ period, key, value: expected.values.get(key) ?? 0 });
        expect({ period, key, count: shown.count(key) }).toEqual({ period, key, count: expected.shown.count(key) });
      }
    }
  });

  it('sums counts over the blocks and takes a cumulative figure at the end, after the covered years too', () => {
    const sum = (region: string, from: string, to: string) =>
      rows.filter((row) => row.region === region && row.day >= from && row.day <= to).reduce((n, row) => n + row.n, 0);
    const { values } = storedFigures({ from: '2025-11-01', to: '2026-07-31' }, stored);
    expect(values.get('new|a')).toBe(sum('a', '2025-11-01', '2026-07-31'));
    expect(values.get('total|b')).toBe(sum('b', '0000', '2026-07-31'));
    const after = storedFigures({ from: '2026-10-01', to: '2027-03-31' }, stored).values;
    expect(after.get('total|a')).toBe(sum('a', '0000', '9999'));
    expect(after.get('new|a')).toBe(sum('a', '2026-10-01', '2026-12-31'));
    expect(storedFigures({ from: '2024-01-01', to: '2024-12-31' }, stored).values.size).toBe(0);
  });

  it('hides in a period what any of its blocks hides', () => {
    const hiddenSomewhere = stored.find((row) => row.hidden.length > 0 && row.to !== LATER)!;
    const key = hiddenSomewhere.hidden[0]!;
    expect(storedFigures({ from: hiddenSomewhere.from, to: '2026-12-31' }, stored).shown.count(key).suppressed).toBe(true);
  });
});

describe('protectBlocks year by year', () => {
  // Without figures carried from the month before, no line ties two years together: each year can
  // be decided on its own (as the refresh does for the years whose rows changed), with the same result.
  let seed = 42;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
  const rows = piecesBetween('2025-01-01', '2026-12-31').flatMap((month) =>
    ['a', 'b', 'c'].map((region) => ({ region, day: month.replace(/-01$/, '-10'), n: random(3) === 0 ? random(3) : random(12) })),
  );
  const fill = (table: TableBuilder, period: { from: string; to: string }) => {
    for (const row of rows) if (row.day >= period.from && row.day <= period.to) table.add(`n|${row.region}`, row.day, row.n);
    table.sum(
      'n|*',
      ['a', 'b', 'c'].map((region) => `n|${region}`),
    );
  };

  it('gives each year the blocks of the two years decided together', () => {
    const together = protectBlocks(2025, 2026, fill);
    const apart = new Map([...protectBlocks(2025, 2025, fill), ...protectBlocks(2026, 2026, fill)]);
    expect([...apart.keys()].sort()).toEqual([...together.keys()].sort());
    for (const [key, block] of together)
      expect({ key, ...apart.get(key)!, hidden: apart.get(key)!.hidden.sort() }).toEqual({ key, ...block, hidden: block.hidden.sort() });
    expect([...together.values()].some((block) => block.hidden.length > 0)).toBe(true);
  });
});
