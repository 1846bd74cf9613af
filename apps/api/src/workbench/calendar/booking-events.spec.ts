import type { Booking, ConsultationFormat, Organisation, Slot, User } from '@wiw/db';
import ICAL from 'ical.js';
import { bookingAttachment, bookingEvent, slotEvent, type BookingForCalendar, type SlotForCalendar } from './booking-events';

const PUBLIC_URL = 'https://portal.example.org';
const created = new Date('2027-03-01T10:00:00Z');

const format = (overrides: Partial<ConsultationFormat> = {}): ConsultationFormat => ({
  id: 'f0000000-0000-4000-8000-000000000001',
  advisorId: 'a0000000-0000-4000-8000-000000000001',
  organisationId: 'o0000000-0000-4000-8000-000000000001',
  title: 'Fördermittel-Sprechstunde',
  description: 'Wir prüfen, welche Programme passen.',
  topicFieldKey: 'TRANSFORMATION' as ConsultationFormat['topicFieldKey'],
  durationMinutes: 60,
  mode: 'REMOTE',
  location: null,
  meetingLink: 'https://meet.example.org/abc-def',
  capacity: 1,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeHours: 24,
  bookingHorizonDays: 60,
  cancellationDeadlineHours: 24,
  status: 'ACTIVE',
  searchText: '',
  createdAt: created,
  updatedAt: created,
  ...overrides,
});

const advisor = {
  id: 'a0000000-0000-4000-8000-000000000001',
  email: 'anna.schaefer@example.org',
  name: 'Anna Schäfer',
  locale: 'de',
  passwordHash: 'x',
  emailVerifiedAt: created,
  deletedAt: null,
  createdAt: created,
  updatedAt: created,
} as User;

const organisation = (name: string, id: string): Organisation => ({ id, name }) as Organisation;

const slot = (overrides: Partial<Slot> = {}): Slot => ({
  id: 's0000000-0000-4000-8000-000000000001',
  formatId: 'f0000000-0000-4000-8000-000000000001',
  advisorId: advisor.id,
  startsAt: new Date('2027-03-30T07:00:00Z'),
  endsAt: new Date('2027-03-30T08:00:00Z'),
  blockedFrom: new Date('2027-03-30T07:00:00Z'),
  blockedUntil: new Date('2027-03-30T08:00:00Z'),
  capacity: 1,
  seatsTaken: 1,
  status: 'SCHEDULED',
  createdAt: created,
  cancelledAt: null,
  reminderSentAt: null,
  sequence: 0,
  ...overrides,
});

const booking = (overrides: Partial<Booking> = {}): Booking => ({
  id: 'b0000000-0000-4000-8000-000000000001',
  slotId: 's0000000-0000-4000-8000-000000000001',
  organisationId: 'c0000000-0000-4000-8000-000000000001',
  bookedById: 'u0000000-0000-4000-8000-000000000001',
  agenda: 'Förderung für die neue Halle, Lärmschutz; Zeitplan',
  status: 'CONFIRMED',
  idempotencyKey: null,
  sequence: 0,
  createdAt: created,
  updatedAt: created,
  cancelledAt: null,
  cancelledById: null,
  cancellationReason: null,
  attendanceMarkedAt: null,
  reminderSentAt: null,
  cancellationDeadlineHours: 24,
  movedFromSlotId: null,
  previousStartsAt: null,
  ...overrides,
});

function participantView(
  overrides: { booking?: Partial<Booking>; slot?: Partial<Slot>; format?: Partial<ConsultationFormat> } = {},
): BookingForCalendar {
  return {
    ...booking(overrides.booking),
    organisation: organisation('Velkamp Intralogistik GmbH', 'c0000000-0000-4000-8000-000000000001'),
    slot: { ...slot(overrides.slot), format: format(overrides.format), advisor },
  };
}

describe('bookingEvent', () => {
  it('shows a remote consultation to its participant with the meeting link, agenda and portal link', () => {
    const event = bookingEvent(participantView(), 'de', PUBLIC_URL);
    expect(event).toMatchObject({
      uid: 'booking-b0000000-0000-4000-8000-000000000001@wirtschaftsinitiative-westfalen.de',
      sequence: 0,
      status: 'CONFIRMED',
      start: new Date('2027-03-30T07:00:00Z'),
      end: new Date('2027-03-30T08:00:00Z'),
      summary: 'Fördermittel-Sprechstunde – Anna Schäfer',
      location: 'https://meet.example.org/abc-def',
      url: 'https://portal.example.org/werkbank/termine/b0000000-0000-4000-8000-000000000001',
      organizer: { name: 'Anna Schäfer', email: 'anna.schaefer@example.org' },
    });
    expect(event.description).toContain('Agenda:\nFörderung für die neue Halle, Lärmschutz; Zeitplan');
    expect(event.description).toContain('Online-Termin: https://meet.example.org/abc-def');
    expect(event.description).toContain('Für: Velkamp Intralogistik GmbH');
  });

  it('uses the address for an on-site consultation, in English when asked', () => {
    const event = bookingEvent(
      participantView({ format: { mode: 'ONSITE', location: 'Märkische Straße 120, 44141 Dortmund', meetingLink: null } }),
      'en',
      PUBLIC_URL,
    );
    expect(event.location).toBe('Märkische Straße 120, 44141 Dortmund');
    expect(event.description).toContain('Address: Märkische Straße 120, 44141 Dortmund');
    expect(event.description).toContain('Consultation "Fördermittel-Sprechstunde" with Anna Schäfer');
  });

  it('is cancelled with its sequence when the booking is, and no longer carries the meeting link', () => {
    const event = bookingEvent(participantView({ booking: { status: 'CANCELLED', cancelledAt: created, sequence: 2 } }), 'de', PUBLIC_URL);
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 2, summary: 'Abgesagt: Fördermittel-Sprechstunde – Anna Schäfer', location: null });
    expect(event.description).toContain('Dieser Termin wurde abgesagt.');
    expect(event.description).not.toContain('meet.example.org');
  });

  it('is cancelled when its slot is, one sequence step above the booking', () => {
    const event = bookingEvent(participantView({ booking: { sequence: 1 }, slot: { status: 'CANCELLED', cancelledAt: created } }), 'de', PUBLIC_URL);
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 2 });
  });

  it('makes a mail attachment named after the Berlin day', () => {
    // 23:30 UTC on 29 March is already 30 March in Berlin (CEST).
    const attachment = bookingAttachment(
      participantView({ slot: { startsAt: new Date('2027-03-29T23:30:00Z'), endsAt: new Date('2027-03-30T00:30:00Z') } }),
      'de',
      PUBLIC_URL,
    );
    expect(attachment.filename).toBe('termin-2027-03-30.ics');
    expect(attachment.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    const [vevent] = new ICAL.Component(ICAL.parse(attachment.content)).getAllSubcomponents('vevent');
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe('2027-03-29T23:30:00.000Z');
  });
});

describe('slotEvent', () => {
  const groupSlot = (overrides: Partial<Slot> = {}): SlotForCalendar => ({
    ...slot({ capacity: 5, seatsTaken: 2, ...overrides }),
    format: format({ capacity: 5, title: 'Gruppensprechstunde KI' }),
    bookings: [
      {
        ...booking({
          id: 'b0000000-0000-4000-8000-000000000002',
          agenda: 'Chatbots im Vertrieb\nzweite Zeile',
          sequence: 1,
          createdAt: new Date('2027-03-02T00:00:00Z'),
        }),
        organisation: organisation('Beispiel Werkzeugbau GmbH', 'c2'),
      },
      {
        ...booking({ id: 'b0000000-0000-4000-8000-000000000001', agenda: 'Qualitätsprüfung mit Kameras' }),
        organisation: organisation('Velkamp Intralogistik GmbH', 'c1'),
      },
      {
        ...booking({ id: 'b0000000-0000-4000-8000-000000000003', status: 'CANCELLED', cancelledAt: created, sequence: 1 }),
        organisation: organisation('Abgesagt AG', 'c3'),
      },
    ],
  });

  it('lists the booked organisations with their agendas for the advisor', () => {
    const event = slotEvent(groupSlot(), 'de', PUBLIC_URL);
    expect(event).toMatchObject({
      uid: 'slot-s0000000-0000-4000-8000-000000000001@wirtschaftsinitiative-westfalen.de',
      status: 'CONFIRMED',
      summary: 'Gruppensprechstunde KI (2 Anmeldungen)',
      location: 'https://meet.example.org/abc-def',
      url: 'https://portal.example.org/werkbank/beratung',
      organizer: null,
    });
    expect(event.description).toContain('Angemeldet (2 von 5 Plätzen):\n• Velkamp Intralogistik GmbH\n  Agenda: Qualitätsprüfung mit Kameras');
    expect(event.description).toContain('• Beispiel Werkzeugbau GmbH\n  Agenda: Chatbots im Vertrieb\n  zweite Zeile');
    expect(event.description).toContain('Abgesagte Anmeldungen:\n• Abgesagt AG');
    expect(event.description.indexOf('Velkamp')).toBeLessThan(event.description.indexOf('Beispiel Werkzeugbau'));
  });

  it('carries the slot’s own sequence (raised by the database on every seat change), also when cancelled', () => {
    expect(slotEvent(groupSlot({ sequence: 7 }), 'de', PUBLIC_URL).sequence).toBe(7);
    const cancelled = slotEvent(groupSlot({ status: 'CANCELLED', cancelledAt: created, sequence: 8 }), 'en', PUBLIC_URL);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 8, summary: 'Cancelled: Gruppensprechstunde KI (2 bookings)' });
  });
});
