import { describe, expect, it } from 'vitest';
import { blockKey, blocksOf, protectBlocks, servedBlocks } from './stored.js';

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
  const at = (from: string, to: string) => hidden.get(`${from}..${to}`)!.sort();

  it('hides a small cell and the cell protecting it in its month', () => {
    expect(at('2026-02-01', '2026-02-28')).toEqual(['a', 'b']);
  });

  it('hides more across the quarter, so that it minus the shown months cannot give the month away', () => {
    // a's quarter (10) minus January's 4 and March's 5 would tell February's 1.
    const hiddenA = ['2026-01-01..2026-01-31', '2026-03-01..2026-03-31', '2026-01-01..2026-03-31'].filter((key) => hidden.get(key)!.includes('a'));
    expect(hiddenA.length).toBeGreaterThan(0);
    // The year is the quarters: with the first quarter's a hidden, the year's a or another quarter's is too.
    const year = ['2026-01-01..2026-12-31', '2026-04-01..2026-06-30'].filter((key) => hidden.get(key)!.includes('a'));
    expect(hidden.get('2026-01-01..2026-03-31')!.includes('a') ? year.length : 1).toBeGreaterThan(0);
  });
});
