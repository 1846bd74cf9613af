import ICAL from 'ical.js';
import { calendarFile, type CalendarEvent } from './ics';

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'booking-6f1c7a52-0000-4000-8000-000000000001@wirtschaftsinitiative-westfalen.de',
    sequence: 0,
    status: 'CONFIRMED',
    start: new Date('2027-03-23T08:00:00Z'),
    end: new Date('2027-03-23T09:00:00Z'),
    summary: 'Fördermittel-Sprechstunde – Anna Schäfer',
    description: 'Agenda:\nFragen zur Förderung',
    location: 'Märkische Straße 120, 44141 Dortmund',
    url: 'https://portal.example.org/werkbank/termine/6f1c7a52-0000-4000-8000-000000000001',
    organizer: { name: 'Anna Schäfer', email: 'anna.schaefer@example.org' },
    ...overrides,
  };
}

/** Parses a file with ical.js, the way a calendar client would (time zones from its own VTIMEZONE). */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

/** The unfolded content lines of a file. */
const linesOf = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('calendarFile', () => {
  it('writes a valid VCALENDAR with our product id, CRLF line endings and lines of at most 75 octets', () => {
    const ics = calendarFile([event({ description: `Agenda: ${'Lärmschutz und Fördermittel für die Halle; '.repeat(20)}` })], { name: 'Werkbank' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { calendar } = parse(ics);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Wirtschaftsinitiative Westfalen//Partnerportal//DE');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Werkbank');
  });

  it.each([
    ['the Tuesday before the spring change (CET)', '2027-03-23', '2027-03-23T08:00:00.000Z'],
    ['the Tuesday after the spring change (CEST)', '2027-03-30', '2027-03-30T07:00:00.000Z'],
    ['the Tuesday before the autumn change (CEST)', '2027-10-26', '2027-10-26T07:00:00.000Z'],
    ['the Tuesday after the autumn change (CET)', '2027-11-02', '2027-11-02T08:00:00.000Z'],
  ])('puts 09:00 Berlin time on %s at the right instant', (_label, day, instant) => {
    const start = new Date(instant);
    const ics = calendarFile([event({ start, end: new Date(start.getTime() + 90 * 60_000) })], { name: 'Werkbank' });
    const lines = linesOf(ics);
    const compact = day.replace(/-/g, '');
    expect(lines).toContain(`DTSTART;TZID=Europe/Berlin:${compact}T090000`);
    expect(lines).toContain(`DTEND;TZID=Europe/Berlin:${compact}T103000`);

    const { calendar, events } = parse(ics);
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(
      vtimezone
        ?.getAllSubcomponents()
        .map((part) => part.name)
        .sort(),
    ).toEqual(['daylight', 'standard']);
    const [parsed] = events;
    expect(parsed!.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(parsed!.startDate.toJSDate().toISOString()).toBe(instant);
    expect(parsed!.endDate.toJSDate().getTime() - parsed!.startDate.toJSDate().getTime()).toBe(90 * 60_000);
  });

  it.each([
    [
      '02:30 CEST, the first 02:30 (ends 02:00 CET)',
      '2027-10-31T00:30:00Z',
      '2027-10-31T01:00:00Z',
      'DTSTART:20271031T003000Z',
      'DTEND:20271031T010000Z',
    ],
    ['02:30 CET, the second 02:30', '2027-10-31T01:30:00Z', '2027-10-31T02:00:00Z', 'DTSTART:20271031T013000Z', 'DTEND:20271031T020000Z'],
    [
      '01:30 CEST, ending 02:00 CEST in the repeated hour',
      '2027-10-30T23:30:00Z',
      '2027-10-31T00:00:00Z',
      'DTSTART:20271030T233000Z',
      'DTEND:20271031T000000Z',
    ],
  ])('writes an event in the repeated autumn hour in UTC: %s', (_label, startIso, endIso, dtstart, dtend) => {
    const start = new Date(startIso);
    const end = new Date(endIso);
    const ics = calendarFile([event({ start, end })], { name: 'Werkbank' });
    const lines = linesOf(ics);
    expect(lines).toContain(dtstart);
    expect(lines).toContain(dtend);
    expect(ics).not.toContain('TZID=');
    const [parsed] = parse(ics).events;
    expect(parsed!.startDate.toJSDate().getTime()).toBe(start.getTime());
    expect(parsed!.endDate.toJSDate().getTime()).toBe(end.getTime());
  });

  it('keeps Berlin time for the hours around the repeated one, in the same file as a UTC event', () => {
    const before = event({ uid: 'before@x', start: new Date('2027-10-30T22:30:00Z'), end: new Date('2027-10-30T23:00:00Z') }); // 00:30–01:00 CEST
    const repeated = event({ uid: 'repeated@x', start: new Date('2027-10-31T01:30:00Z'), end: new Date('2027-10-31T02:00:00Z') });
    const after = event({ uid: 'after@x', start: new Date('2027-10-31T02:00:00Z'), end: new Date('2027-10-31T02:30:00Z') }); // 03:00–03:30 CET
    const ics = calendarFile([before, repeated, after], { name: 'Werkbank' });
    const lines = linesOf(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20271031T003000');
    expect(lines).toContain('DTSTART:20271031T013000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20271031T030000');
    const parsed = parse(ics).events.map((e) => [e.uid, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]);
    expect(parsed).toEqual([
      ['before@x', '2027-10-30T22:30:00.000Z', '2027-10-30T23:00:00.000Z'],
      ['repeated@x', '2027-10-31T01:30:00.000Z', '2027-10-31T02:00:00.000Z'],
      ['after@x', '2027-10-31T02:00:00.000Z', '2027-10-31T02:30:00.000Z'],
    ]);
  });

  it('does not depend on the time zone of the server', () => {
    const original = process.env.TZ;
    const events = [event({ start: new Date('2027-10-26T07:00:00Z'), end: new Date('2027-10-26T08:00:00Z') })];
    try {
      process.env.TZ = 'America/New_York';
      const newYork = linesOf(calendarFile(events, { name: 'Werkbank' }));
      process.env.TZ = 'Asia/Kolkata';
      const kolkata = linesOf(calendarFile(events, { name: 'Werkbank' }));
      for (const lines of [newYork, kolkata]) expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20271026T090000');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('writes a stable UID, SEQUENCE, STATUS and a UTC DTSTAMP', () => {
    const before = Date.now();
    const lines = linesOf(calendarFile([event()], { name: 'Werkbank' }));
    expect(lines).toContain('UID:booking-6f1c7a52-0000-4000-8000-000000000001@wirtschaftsinitiative-westfalen.de');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines).toContain('STATUS:CONFIRMED');
    const stamp = lines.find((line) => line.startsWith('DTSTAMP:'))!;
    expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const [parsed] = parse(calendarFile([event()], { name: 'Werkbank' })).events;
    const dtstamp = parsed!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(Math.abs(dtstamp.toJSDate().getTime() - before)).toBeLessThan(5_000);
  });

  it('marks a cancellation with STATUS:CANCELLED and the raised SEQUENCE under the same UID', () => {
    const confirmed = parse(calendarFile([event()], { name: 'Werkbank' })).events[0]!;
    const cancelled = parse(calendarFile([event({ status: 'CANCELLED', sequence: 3 })], { name: 'Werkbank' })).events[0]!;
    expect(cancelled.uid).toBe(confirmed.uid);
    expect(cancelled.sequence).toBe(3);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(confirmed.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text, and they come back unchanged', () => {
    const agenda = 'Agenda:\r\n1. Förderung; Zuschüsse, Kredite\n2. Pfad C:\\Daten\\Halle\r3. Ende';
    const summary = 'Sprechstunde; Teil 1, Raum 2';
    const ics = calendarFile([event({ summary, description: agenda, location: 'Halle 3; Tor 2, Dortmund' })], {
      name: 'Werkbank; Dortmund, Westfalen\nzweite Zeile',
    });
    const lines = linesOf(ics);
    expect(lines).toContain('SUMMARY:Sprechstunde\\; Teil 1\\, Raum 2');
    expect(lines).toContain('DESCRIPTION:Agenda:\\n1. Förderung\\; Zuschüsse\\, Kredite\\n2. Pfad C:\\\\Daten\\\\Halle\\n3. Ende');
    expect(lines).toContain('LOCATION:Halle 3\\; Tor 2\\, Dortmund');
    // The calendar's name is one line of escaped TEXT (ical.js leaves X- properties escaped, clients unescape them).
    expect(lines).toContain('NAME:Werkbank\\; Dortmund\\, Westfalen zweite Zeile');
    expect(lines).toContain('X-WR-CALNAME:Werkbank\\; Dortmund\\, Westfalen zweite Zeile');

    const [parsed] = parse(ics).events;
    expect(parsed!.summary).toBe(summary);
    expect(parsed!.description).toBe('Agenda:\n1. Förderung; Zuschüsse, Kredite\n2. Pfad C:\\Daten\\Halle\n3. Ende');
    expect(parsed!.location).toBe('Halle 3; Tor 2, Dortmund');
  });

  it('keeps control characters out, so text cannot open a new property', () => {
    const ics = calendarFile([event({ summary: 'Termin\u0000\u001b\u007f\nSTATUS:CANCELLED' })], { name: 'Werkbank' });
    const lines = linesOf(ics);
    expect(lines).toContain('SUMMARY:Termin\\nSTATUS:CANCELLED');
    expect(lines.filter((line) => line.startsWith('STATUS:'))).toEqual(['STATUS:CONFIRMED']);
  });

  it('writes URL, LOCATION and ORGANIZER, and leaves out what is null', () => {
    const [full] = parse(calendarFile([event()], { name: 'Werkbank' })).events;
    expect(full!.component.getFirstPropertyValue('url')).toBe('https://portal.example.org/werkbank/termine/6f1c7a52-0000-4000-8000-000000000001');
    expect(full!.organizer).toBe('mailto:anna.schaefer@example.org');
    expect(full!.component.getFirstProperty('organizer')?.getParameter('cn')).toBe('Anna Schäfer');
    const [bare] = parse(calendarFile([event({ location: null, url: null, organizer: null })], { name: 'Werkbank' })).events;
    expect(bare!.component.hasProperty('location')).toBe(false);
    expect(bare!.component.hasProperty('url')).toBe(false);
    expect(bare!.component.hasProperty('organizer')).toBe(false);
  });

  it('writes one VTIMEZONE for many events, and an empty feed without events', () => {
    const many = calendarFile(
      [event({ uid: 'a@x' }), event({ uid: 'b@x', start: new Date('2027-07-01T10:00:00Z'), end: new Date('2027-07-01T11:00:00Z') })],
      { name: 'Werkbank', refreshIntervalSeconds: 3600 },
    );
    expect(many.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(parse(many).events.map((e) => e.uid)).toEqual(['a@x', 'b@x']);
    expect(linesOf(many)).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    const empty = parse(calendarFile([], { name: 'Werkbank' }));
    expect(empty.events).toEqual([]);
  });

  it('writes REQUEST and CANCEL only with an organizer (RFC 5546), PUBLISH otherwise', () => {
    const withoutOrganizer = parse(calendarFile([event({ organizer: null })], { name: 'Werkbank', method: 'REQUEST' }));
    expect(withoutOrganizer.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const cancel = parse(calendarFile([event({ status: 'CANCELLED', sequence: 1 })], { name: 'Werkbank', method: 'CANCEL' }));
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
  });
});
