import { describe, expect, it } from 'vitest';
import { DisclosureTable, pieceOf, piecesBetween } from './disclosure.js';

const shown = (value: number) => ({ value, suppressed: false, protection: null });
const SMALL = { value: null, suppressed: true, protection: 'SMALL' };
const PROTECTED = { value: null, suppressed: true, protection: 'PROTECTED' };

describe('time pieces', () => {
  it('are calendar months', () => {
    expect(pieceOf('2026-12-02')).toBe('2026-12-01');
    expect(piecesBetween('2026-11-25', '2027-01-15')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
  });
});

describe('DisclosureTable', () => {
  const pieces = piecesBetween('2026-01-01', '2026-06-30');

  it('hides 1 and 2 as small and protects them within a line with the smallest other cell', () => {
    const table = new DisclosureTable(pieces);
    table.add('a', '2026-01-15', 1);
    table.add('b', '2026-01-15', 5);
    table.add('b', '2026-06-29', 5);
    table.add('c', '2026-01-15', 4);
    table.add('c', '2026-06-29', 4);
    table.sum('all', ['a', 'b', 'c']);
    const shownTable = table.protect();
    expect(['a', 'b', 'c', 'all'].map((key) => shownTable.count(key))).toEqual([SMALL, shown(10), PROTECTED, shown(19)]);
  });

  it('hides a period figure whose first or last months hold 1 or 2, so that periods a month apart cannot be subtracted', () => {
    const table = new DisclosureTable(pieces);
    table.add('starts-small', '2026-01-15', 1);
    table.add('starts-small', '2026-03-16', 9);
    table.add('ends-small', '2026-02-10', 9);
    table.add('ends-small', '2026-06-24', 2);
    table.add('fine', '2026-01-20', 3);
    table.add('fine', '2026-06-29', 4);
    const shownTable = table.protect();
    expect(shownTable.count('starts-small')).toEqual(PROTECTED);
    expect(shownTable.count('ends-small')).toEqual(PROTECTED);
    expect(shownTable.count('fine')).toEqual(shown(7));
  });

  it('checks only the last months of a cumulative figure', () => {
    const table = new DisclosureTable(pieces);
    table.add('total', '2026-01-15', 1, 'CUMULATIVE');
    table.add('total', '2026-04-20', 7, 'CUMULATIVE');
    table.add('recent', '2026-01-15', 7, 'CUMULATIVE');
    table.add('recent', '2026-06-28', 1, 'CUMULATIVE');
    const shownTable = table.protect();
    expect(shownTable.count('total')).toEqual(shown(8));
    expect(shownTable.count('recent')).toEqual(PROTECTED);
  });

  it('protects a rest never shown: requests minus accepted', () => {
    const table = new DisclosureTable(pieces);
    table.add('requests', '2026-03-10', 6);
    table.add('accepted', '2026-03-10', 5);
    table.rest('unanswered', 'requests', ['accepted']);
    const shownTable = table.protect();
    expect(shownTable.count('requests')).toEqual(shown(6));
    expect(shownTable.count('accepted')).toEqual(PROTECTED);
    expect(() => shownTable.count('unanswered')).toThrow(/never shown/);
  });

  it('refuses an amount outside its pieces and reads a figure never filled as 0', () => {
    const table = new DisclosureTable(pieces);
    expect(() => table.add('a', '2026-07-01', 1)).toThrow(RangeError);
    expect(table.protect().count('nothing')).toEqual(shown(0));
  });
});
