import { describe, expect, it } from 'vitest';
import { berlinDate, isOverdue } from './time.js';

describe('berlinDate', () => {
  it('uses the Berlin calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin (UTC+1 in winter).
    expect(berlinDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 Jun is 00:30 on 1 Jul in Berlin (UTC+2 in summer).
    expect(berlinDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(berlinDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-11-21T10:00:00Z');

  it('is overdue only when open and due before today', () => {
    expect(isOverdue('2026-11-20', false, now)).toBe(true);
    expect(isOverdue('2026-11-21', false, now)).toBe(false);
    expect(isOverdue('2026-11-20', true, now)).toBe(false);
  });
});
