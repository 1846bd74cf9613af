import { describe, expect, it } from 'vitest';
import { MIN_REPORTED_COUNT, rate, suppressCount } from './suppression.js';

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
