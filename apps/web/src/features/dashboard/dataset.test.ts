import { describe, expect, it } from 'vitest';
import { count, formatCell, formatCount, formatRate, isSuppressed, plotValue, rate, share, type CellFormat } from './dataset';

const de: CellFormat = {
  language: 'de',
  texts: { suppressed: '< 3', rateSuppressed: 'nicht ausgewiesen (weniger als 3)', protected: 'geschützt', none: '–' },
};
const en: CellFormat = {
  language: 'en',
  texts: { suppressed: '< 3', rateSuppressed: 'not shown (fewer than 3)', protected: 'protected', none: '–' },
};

describe('KpiCount', () => {
  it('shows a suppressed count as "< 3" and plots no bar for it', () => {
    const suppressed = { value: null, suppressed: true };
    expect(formatCount(suppressed, de)).toBe('< 3');
    expect(formatCount(suppressed, en)).toBe('< 3');
    expect(plotValue(count(suppressed))).toBeNull();
    expect(isSuppressed(count(suppressed))).toBe(true);
  });

  it('shows a count hidden to protect another as "geschützt", never as "< 3", and plots no bar for it', () => {
    const protectedCount = { value: null, suppressed: true, protection: 'PROTECTED' as const };
    expect(formatCount(protectedCount, de)).toBe('geschützt');
    expect(formatCount(protectedCount, en)).toBe('protected');
    expect(formatCount({ ...protectedCount, protection: 'SMALL' as const }, de)).toBe('< 3');
    expect(plotValue(count(protectedCount))).toBeNull();
  });

  it('groups thousands in the interface language, not in CSV', () => {
    const big = { value: 12345, suppressed: false };
    expect(formatCount(big, de)).toBe('12.345');
    expect(formatCount(big, en)).toBe('12,345');
    expect(formatCount(big, { ...de, raw: true })).toBe('12345');
    expect(formatCount({ value: 0, suppressed: false }, de)).toBe('0');
    expect(plotValue(count(big))).toBe(12345);
  });
});

describe('KpiRate', () => {
  it('says a suppressed rate is not shown', () => {
    const suppressed = { value: null, suppressed: true, basis: { value: null, suppressed: true } };
    expect(formatRate(suppressed, de)).toBe('nicht ausgewiesen (weniger als 3)');
    expect(formatRate(suppressed, en)).toBe('not shown (fewer than 3)');
    expect(plotValue(rate(suppressed))).toBeNull();
  });

  it('says a protected rate is protected', () => {
    const hidden = { value: null, suppressed: true, protection: 'PROTECTED' as const, basis: { value: null, suppressed: true } };
    expect(formatRate(hidden, de)).toBe('geschützt');
    expect(formatRate(hidden, en)).toBe('protected');
  });

  it('shows "–" for a rate of nothing (basis 0)', () => {
    expect(formatRate({ value: null, suppressed: false, basis: { value: 0, suppressed: false } }, de)).toBe('–');
  });

  it('shows a percentage and plots it in per cent', () => {
    const value = { value: 0.571, suppressed: false, basis: { value: 14, suppressed: false } };
    expect(formatRate(value, de)).toBe('57\u00a0%');
    expect(formatRate(value, en)).toBe('57%');
    expect(plotValue(rate(value))).toBe(57.1);
    expect(formatCell(share(0.4), de)).toBe('40\u00a0%');
  });
});
