import { describe, expect, it } from 'vitest';
import { mailAge } from './mail-age';

const NOW = Date.parse('2026-12-05T12:00:00Z');

describe('mailAge', () => {
  it('says minutes, then hours up to two days, then days, in the interface language', () => {
    expect(mailAge('2026-12-05T12:00:00Z', NOW, 'de')).toBe('in dieser Minute');
    expect(mailAge('2026-12-05T11:35:00Z', NOW, 'de')).toBe('vor 25 Minuten');
    expect(mailAge('2026-12-04T09:00:00Z', NOW, 'de')).toBe('vor 27 Stunden');
    expect(mailAge('2026-11-28T12:00:00Z', NOW, 'en')).toBe('7 days ago');
    // A clock a little ahead on the server is no mail from the future.
    expect(mailAge('2026-12-05T12:01:00Z', NOW, 'en')).toBe('this minute');
  });
});
