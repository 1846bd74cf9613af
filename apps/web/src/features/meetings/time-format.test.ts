import { describe, expect, it } from 'vitest';
import { meetingWhen } from './time-format';

describe('meetingWhen', () => {
  it('writes Berlin wall-clock time on both sides of the 2027 clock changes', () => {
    // Winter (CET, UTC+1) and summer (CEST, UTC+2).
    expect(meetingWhen('2027-03-25T17:00:00Z', '2027-03-25T19:00:00Z', 'de')).toBe('Donnerstag, 25. März 2027, 18:00–20:00');
    expect(meetingWhen('2027-04-01T16:00:00Z', '2027-04-01T18:00:00Z', 'en')).toBe('Thursday, 1 April 2027, 18:00–20:00');
  });

  it('names both days when a meeting spans midnight', () => {
    expect(meetingWhen('2027-06-10T20:00:00Z', '2027-06-11T08:00:00Z', 'de')).toBe(
      'Donnerstag, 10. Juni 2027, 22:00 – Freitag, 11. Juni 2027, 10:00',
    );
  });
});
