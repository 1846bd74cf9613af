import { describe, expect, it } from 'vitest';
import { clampShare, formatDate, formatDateTimeAsDate, formatPercent, parseDateOnly } from './format';

describe('format', () => {
  it('formats calendar days in German and British English', () => {
    expect(formatDate('2025-03-31', 'de')).toBe('31. März 2025');
    expect(formatDate('2025-03-31', 'en')).toBe('31 March 2025');
  });

  it('shows an instant as its day in Europe/Berlin, not UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Berlin (CEST, UTC+2).
    expect(formatDateTimeAsDate('2025-03-31T23:30:00Z', 'de')).toBe('1. April 2025');
    expect(formatDateTimeAsDate('2025-03-31T23:30:00Z', 'en')).toBe('1 April 2025');
  });

  it('formats shares as whole percentages per locale', () => {
    expect(formatPercent(0.425, 'de').replace(/\s/g, ' ')).toBe('43 %');
    expect(formatPercent(0.425, 'en')).toBe('43%');
    expect(formatPercent(1.7, 'en')).toBe('100%');
    expect(formatPercent(Number.NaN, 'en')).toBe('0%');
  });

  it('clamps shares to 0..1', () => {
    expect(clampShare(-0.2)).toBe(0);
    expect(clampShare(0.3)).toBe(0.3);
    expect(clampShare(3)).toBe(1);
  });

  it('rejects malformed calendar days and leaves them readable', () => {
    expect(parseDateOnly('31.03.2025')).toBeNull();
    expect(formatDate('unbekannt', 'de')).toBe('unbekannt');
  });
});
