import { describe, expect, it } from 'vitest';
import { hiddenCells, MIN_REPORTED_COUNT, rate, suppressCount, suppressLine } from './suppression.js';

describe('suppressCount', () => {
  it('hides 1 and 2, shows 0 and anything from 3 on', () => {
    expect(MIN_REPORTED_COUNT).toBe(3);
    expect(suppressCount(0)).toEqual({ value: 0, suppressed: false });
    expect(suppressCount(1)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(2)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(3)).toEqual({ value: 3, suppressed: false });
    expect(suppressCount(1234)).toEqual({ value: 1234, suppressed: false });
  });
});

describe('rate', () => {
  it('is the share with its basis, hidden when part or basis describe fewer than 3', () => {
    expect(rate(1, 4)).toEqual({ value: null, suppressed: true, basis: { value: null, suppressed: true } });
    expect(rate(3, 12)).toEqual({ value: 0.25, suppressed: false, basis: { value: 12, suppressed: false } });
    expect(rate(0, 12)).toEqual({ value: 0, suppressed: false, basis: { value: 12, suppressed: false } });
    expect(rate(2, 2)).toEqual({ value: null, suppressed: true, basis: { value: null, suppressed: true } });
  });

  it('has no value without a basis', () => {
    expect(rate(0, 0)).toEqual({ value: null, suppressed: false, basis: { value: 0, suppressed: false } });
  });

  it('hides a share whose complement describes fewer than 3 (12 of 13 would reveal 1)', () => {
    expect(rate(12, 13).suppressed).toBe(true);
    expect(rate(10, 13).suppressed).toBe(false);
  });
});

describe('suppressLine', () => {
  const shown = (line: ReturnType<typeof suppressLine>) => line.map((cell) => cell.value);

  it('leaves a line without small cells alone', () => {
    expect(shown(suppressLine([0, 3, 10]))).toEqual([0, 3, 10]);
  });

  it('hides the smallest other non-zero cell when exactly one is hidden', () => {
    expect(shown(suppressLine([2, 0, 7, 5, 5]))).toEqual([null, 0, 7, null, 5]);
    expect(shown(suppressLine([9, 1]))).toEqual([null, null]);
  });

  it('hides a larger cell as well when all hidden ones are small: two hidden 1s would sum to a known 2', () => {
    expect(shown(suppressLine([1, 1, 8, 9]))).toEqual([null, null, null, 9]);
    expect(shown(suppressLine([1, 2, 8]))).toEqual([null, null, null]);
  });

  it('needs nothing more when no other cell is non-zero', () => {
    expect(shown(suppressLine([0, 2, 0]))).toEqual([0, null, 0]);
  });
});

describe('hiddenCells', () => {
  it('protects every line, also lines inside lines, until nothing changes', () => {
    // Cells 0..3 add up to a shown total; cells 0 and 1 to a shown subtotal.
    const lines = [
      [0, 1, 2, 3],
      [0, 1],
    ];
    // The total's second hidden cell lies in the subtotal too: one cell protects both.
    expect(hiddenCells([1, 3, 9, 7], lines)).toEqual([true, true, false, false]);
    // It does not: the subtotal needs a second cell of its own.
    expect(hiddenCells([1, 5, 4, 7], lines)).toEqual([true, true, true, false]);
  });

  it('counts forced cells as hidden and leaves a line alone once a large cell hides its small ones', () => {
    expect(hiddenCells([5, 6, 7], [[0, 1, 2]], [false, true, false])).toEqual([false, true, false]);
    expect(hiddenCells([2, 6, 7], [[0, 1, 2]], [false, true, false])).toEqual([true, true, false]);
  });
});
