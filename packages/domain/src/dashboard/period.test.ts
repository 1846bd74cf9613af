import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_PERIOD_DAYS } from '../limits/dashboard.js';
import { resolvePeriod } from './period.js';

describe('resolvePeriod', () => {
  it('gives the calendar month around the reference day', () => {
    expect(resolvePeriod({ kind: 'MONTH', reference: '2026-02-14' })).toEqual({ kind: 'MONTH', from: '2026-02-01', to: '2026-02-28' });
    expect(resolvePeriod({ kind: 'MONTH', reference: '2028-02-29' })).toEqual({ kind: 'MONTH', from: '2028-02-01', to: '2028-02-29' });
    expect(resolvePeriod({ kind: 'MONTH', reference: '2026-12-31' })).toEqual({ kind: 'MONTH', from: '2026-12-01', to: '2026-12-31' });
  });

  it('gives the quarter around the reference day', () => {
    expect(resolvePeriod({ kind: 'QUARTER', reference: '2026-11-22' })).toEqual({ kind: 'QUARTER', from: '2026-10-01', to: '2026-12-31' });
    expect(resolvePeriod({ kind: 'QUARTER', reference: '2026-03-31' })).toEqual({ kind: 'QUARTER', from: '2026-01-01', to: '2026-03-31' });
    expect(resolvePeriod({ kind: 'QUARTER', reference: '2026-04-01' })).toEqual({ kind: 'QUARTER', from: '2026-04-01', to: '2026-06-30' });
  });

  it('gives the calendar year around the reference day', () => {
    expect(resolvePeriod({ kind: 'YEAR', reference: '2026-07-01' })).toEqual({ kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' });
  });

  it('widens a custom period to whole months', () => {
    expect(resolvePeriod({ kind: 'CUSTOM', reference: '2026-11-22', from: '2026-05-03', to: '2026-05-03' })).toEqual({
      kind: 'CUSTOM',
      from: '2026-05-01',
      to: '2026-05-31',
    });
    expect(resolvePeriod({ kind: 'CUSTOM', reference: '2026-11-22', from: '2026-12-30', to: '2027-02-01' })).toEqual({
      kind: 'CUSTOM',
      from: '2026-12-01',
      to: '2027-02-28',
    });
  });

  it('refuses a custom period without both ends, reversed, or longer than the maximum', () => {
    expect(() => resolvePeriod({ kind: 'CUSTOM', reference: '2026-11-22', from: '2026-05-03' })).toThrow(/from and to/);
    expect(() => resolvePeriod({ kind: 'CUSTOM', reference: '2026-11-22', from: '2026-05-03', to: '2026-05-02' })).toThrow(/before/);
    const to = new Date(Date.UTC(2020, 0, 1) + MAX_CUSTOM_PERIOD_DAYS * 86_400_000).toISOString().slice(0, 10);
    expect(resolvePeriod({ kind: 'CUSTOM', reference: '2026-11-22', from: '2020-01-01', to }).to >= to).toBe(true);
    const tooLate = new Date(Date.UTC(2020, 0, 1) + (MAX_CUSTOM_PERIOD_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    expect(() => resolvePeriod({ kind: 'CUSTOM', reference: '2026-11-22', from: '2020-01-01', to: tooLate })).toThrow(/at most/);
  });

  it('ignores from and to for the preset periods but uses from as the reference day when given', () => {
    expect(resolvePeriod({ kind: 'MONTH', reference: '2026-11-22', from: '2025-06-10' })).toEqual({
      kind: 'MONTH',
      from: '2025-06-01',
      to: '2025-06-30',
    });
  });
});
