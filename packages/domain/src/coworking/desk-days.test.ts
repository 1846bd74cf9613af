import { describe, expect, it } from 'vitest';
import { byDistance, deskCancellationDeadline, deskDayProblem, DESK_BOOKING_HORIZON_DAYS } from './desk-days.js';

describe('desk days', () => {
  it('decides "today" in Berlin: 23:30 local still books the same day, 00:30 local the next one only', () => {
    // 2027-01-14 23:30 CET is 22:30 UTC; 2027-01-15 00:30 CET is 23:30 UTC of the 14th.
    const lateEvening = new Date('2027-01-14T22:30:00Z');
    const afterMidnight = new Date('2027-01-14T23:30:00Z');
    expect(deskDayProblem('2027-01-14', lateEvening)).toBeNull();
    expect(deskDayProblem('2027-01-14', afterMidnight)).toBe('PAST');
    expect(deskDayProblem('2027-01-15', afterMidnight)).toBeNull();
    // Summer time: 00:30 CEST on 1 July is 22:30 UTC on 30 June.
    expect(deskDayProblem('2027-06-30', new Date('2027-06-30T22:30:00Z'))).toBe('PAST');
  });

  it('books up to the horizon and no further', () => {
    const now = new Date('2027-01-14T10:00:00Z');
    expect(deskDayProblem('2027-03-15', now)).toBeNull();
    expect(DESK_BOOKING_HORIZON_DAYS).toBe(60);
    expect(deskDayProblem('2027-03-16', now)).toBe('OUTSIDE_HORIZON');
  });

  it('puts the cancellation deadline before the day starts in Berlin, in winter and in summer', () => {
    expect(deskCancellationDeadline('2027-01-15', 0).toISOString()).toBe('2027-01-14T23:00:00.000Z');
    expect(deskCancellationDeadline('2027-01-15', 12).toISOString()).toBe('2027-01-14T11:00:00.000Z');
    expect(deskCancellationDeadline('2027-07-01', 24).toISOString()).toBe('2027-06-29T22:00:00.000Z');
  });

  it('sorts places nearest first, unknown distances last, ties by name', () => {
    const sorted = byDistance([
      { name: 'Zeche', distanceKm: 5 },
      { name: 'Ohne', distanceKm: null },
      { name: 'Bahnhof', distanceKm: 5 },
      { name: 'Nah', distanceKm: 0 },
    ]);
    expect(sorted.map((place) => place.name)).toEqual(['Nah', 'Bahnhof', 'Zeche', 'Ohne']);
  });
});
