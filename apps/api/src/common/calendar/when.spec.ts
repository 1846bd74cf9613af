import { formatWhen } from './when';

const at = (iso: string) => new Date(iso);

describe('formatWhen', () => {
  it('writes an ordinary appointment in Berlin time without zone', () => {
    expect(formatWhen(at('2027-03-23T08:00:00Z'), at('2027-03-23T09:00:00Z'), 'de')).toBe('Di., 23.03.2027, 09:00–10:00 Uhr');
    expect(formatWhen(at('2027-03-23T08:00:00Z'), at('2027-03-23T09:00:00Z'), 'en')).toBe('Tue, 23/03/2027, 09:00–10:00 (Berlin time)');
  });

  it('tells the two 02:30 of 2027-10-31 apart by their zone', () => {
    expect(formatWhen(at('2027-10-31T00:30:00Z'), at('2027-10-31T01:00:00Z'), 'de')).toBe('So., 31.10.2027, 02:30 MESZ–02:00 MEZ');
    expect(formatWhen(at('2027-10-31T01:30:00Z'), at('2027-10-31T02:00:00Z'), 'de')).toBe('So., 31.10.2027, 02:30 MEZ–03:00 MEZ');
    expect(formatWhen(at('2027-10-31T00:30:00Z'), at('2027-10-31T01:00:00Z'), 'en')).toBe('Sun, 31/10/2027, 02:30 CEST–02:00 CET');
  });

  it('names the zone when only the end falls in the repeated hour', () => {
    expect(formatWhen(at('2027-10-30T23:30:00Z'), at('2027-10-31T00:00:00Z'), 'de')).toBe('So., 31.10.2027, 01:30 MESZ–02:00 MESZ');
  });

  it('needs no zone on the night of the spring change, where no time repeats', () => {
    expect(formatWhen(at('2027-03-28T00:30:00Z'), at('2027-03-28T01:30:00Z'), 'de')).toBe('So., 28.03.2027, 01:30–03:30 Uhr');
  });
});
