import { describe, expect, it } from 'vitest';
import { berlinZoneSuffix, clampShare, formatDate, formatDateTime, formatDateTimeAsDate, formatPercent, parseDateOnly } from './format';

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

describe('berlinZoneSuffix', () => {
  it('names the zone of the two readings of the repeated autumn hour, and nothing else', () => {
    expect(berlinZoneSuffix('2027-10-30T23:59:00Z', 'de')).toBe(''); // 01:59 MESZ
    expect(berlinZoneSuffix('2027-10-31T00:00:00Z', 'de')).toBe(' MESZ'); // the first 02:00
    expect(berlinZoneSuffix('2027-10-31T00:30:00Z', 'de')).toBe(' MESZ');
    expect(berlinZoneSuffix('2027-10-31T01:30:00Z', 'de')).toBe(' MEZ'); // the second 02:30
    expect(berlinZoneSuffix('2027-10-31T01:30:00Z', 'en')).toBe(' CET');
    expect(berlinZoneSuffix('2027-10-31T02:00:00Z', 'de')).toBe(''); // 03:00 MEZ
    expect(berlinZoneSuffix('2027-03-28T01:30:00Z', 'de')).toBe(''); // spring: nothing repeats
    expect(berlinZoneSuffix('2027-07-01T10:00:00Z', 'en')).toBe('');
  });

  it('is part of a formatted date and time in that hour', () => {
    expect(formatDateTime('2027-10-31T00:30:00Z', 'de')).toBe('31.10.2027, 02:30 MESZ');
    expect(formatDateTime('2027-10-31T01:30:00Z', 'de')).toBe('31.10.2027, 02:30 MEZ');
    expect(formatDateTime('2027-10-31T03:30:00Z', 'de')).toBe('31.10.2027, 04:30');
  });
});
