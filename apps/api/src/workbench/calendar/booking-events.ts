import type { Booking, ConsultationFormat, Organisation, Slot, User } from '@wiw/db';
import { berlinDate } from '@wiw/domain';
import { calendarFile, type CalendarEvent } from '../../common/calendar/ics';

type Locale = 'de' | 'en';

export type BookingForCalendar = Booking & { slot: Slot & { format: ConsultationFormat; advisor: User }; organisation: Organisation };
export type SlotForCalendar = Slot & { format: ConsultationFormat; bookings: Array<Booking & { organisation: Organisation }> };

const UID_DOMAIN = 'wirtschaftsinitiative-westfalen.de';

const TEXT = {
  de: {
    cancelledPrefix: 'Abgesagt: ',
    cancelledNote: 'Dieser Termin wurde abgesagt.',
    consultation: (title: string, advisor: string) => `Beratung „${title}“ mit ${advisor}`,
    organisation: 'Für',
    agenda: 'Agenda',
    noAgenda: '(keine Agenda angegeben)',
    meetingLink: 'Online-Termin',
    address: 'Ort',
    portal: 'Im Partnerportal',
    bookings: (n: number) => (n === 1 ? '1 Anmeldung' : `${n} Anmeldungen`),
    booked: (n: number, capacity: number) => (capacity > 1 ? `Angemeldet (${n} von ${capacity} Plätzen):` : 'Angemeldet:'),
    nobody: 'Keine Anmeldungen.',
    cancelledBookings: 'Abgesagte Anmeldungen:',
  },
  en: {
    cancelledPrefix: 'Cancelled: ',
    cancelledNote: 'This appointment has been cancelled.',
    consultation: (title: string, advisor: string) => `Consultation "${title}" with ${advisor}`,
    organisation: 'For',
    agenda: 'Agenda',
    noAgenda: '(no agenda given)',
    meetingLink: 'Online meeting',
    address: 'Address',
    portal: 'In the partner portal',
    bookings: (n: number) => (n === 1 ? '1 booking' : `${n} bookings`),
    booked: (n: number, capacity: number) => (capacity > 1 ? `Booked (${n} of ${capacity} seats):` : 'Booked:'),
    nobody: 'No bookings.',
    cancelledBookings: 'Cancelled bookings:',
  },
} as const;

export function bookingUid(bookingId: string): string {
  return `booking-${bookingId}@${UID_DOMAIN}`;
}

export function slotUid(slotId: string): string {
  return `slot-${slotId}@${UID_DOMAIN}`;
}

/** Where the portal shows a booking to its participants. */
export function bookingUrl(publicUrl: string, bookingId: string): string {
  return `${publicUrl}/werkbank/termine/${bookingId}`;
}

/** The advisors' area of the portal, where they see their slots and bookings. */
export function advisorUrl(publicUrl: string): string {
  return `${publicUrl}/werkbank/beratung`;
}

/** "termin-2027-03-23.ics": the day of the appointment in Berlin. */
export function bookingFileName(startsAt: Date): string {
  return `termin-${berlinDate(startsAt)}.ics`;
}

/** The address (ONSITE) or the meeting link (REMOTE); the link only while the viewer may still join. */
function placeOf(format: ConsultationFormat, showMeetingLink: boolean): string | null {
  if (format.mode === 'ONSITE') return format.location;
  return showMeetingLink ? format.meetingLink : null;
}

function placeLine(format: ConsultationFormat, showMeetingLink: boolean, t: (typeof TEXT)[Locale]): string | null {
  const place = placeOf(format, showMeetingLink);
  if (!place) return null;
  return `${format.mode === 'ONSITE' ? t.address : t.meetingLink}: ${place}`;
}

const indent = (text: string): string =>
  text
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => `  ${line}`)
    .join('\n');

const paragraphs = (...parts: Array<string | null>): string => parts.filter((part): part is string => !!part).join('\n\n');

/**
 * A booking in the calendar of a participant (the person who booked, or anyone of the booking
 * organisation): cancelled when the booking or its slot is. The meeting link is left out of a
 * cancelled booking, since its participants may no longer join.
 */
export function bookingEvent(booking: BookingForCalendar, locale: Locale, publicUrl: string): CalendarEvent {
  const t = TEXT[locale];
  const { slot } = booking;
  const { format, advisor } = slot;
  const cancelled = booking.status === 'CANCELLED' || slot.status === 'CANCELLED';
  const url = bookingUrl(publicUrl, booking.id);
  const agenda = booking.agenda.trim() ? booking.agenda.trim() : t.noAgenda;
  const description = paragraphs(
    cancelled ? t.cancelledNote : null,
    `${t.consultation(format.title, advisor.name)}\n${t.organisation}: ${booking.organisation.name}`,
    `${t.agenda}:\n${agenda}`,
    placeLine(format, !cancelled, t),
    `${t.portal}: ${url}`,
  );
  return {
    uid: bookingUid(booking.id),
    // A slot cancelled before its bookings were: one step more, so calendars that compare SEQUENCE take the change.
    sequence: booking.sequence + (slot.status === 'CANCELLED' && booking.status !== 'CANCELLED' ? 1 : 0),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: slot.startsAt,
    end: slot.endsAt,
    summary: `${cancelled ? t.cancelledPrefix : ''}${format.title} – ${advisor.name}`,
    description,
    location: placeOf(format, !cancelled),
    url,
    organizer: advisor.deletedAt ? null : { name: advisor.name, email: advisor.email },
  };
}

/**
 * A slot in its advisor's own calendar: one event for all its bookings, with the organisations
 * booked and their agendas. SEQUENCE is the slot's own, raised on every seat taken or given back
 * (a booking moved away included) and so on the cancellation.
 */
/** Agendas in a group session's event are cut, so a full session's file stays small enough to mail. */
const SLOT_AGENDA_MAX = 300;
function shortened(agenda: string): string {
  return agenda.length > SLOT_AGENDA_MAX ? `${agenda.slice(0, SLOT_AGENDA_MAX - 1)}…` : agenda;
}

export function slotEvent(slot: SlotForCalendar, locale: Locale, publicUrl: string): CalendarEvent {
  const t = TEXT[locale];
  const { format } = slot;
  const cancelled = slot.status === 'CANCELLED';
  const byTime = [...slot.bookings].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const live = byTime.filter((booking) => booking.status !== 'CANCELLED');
  const gone = byTime.filter((booking) => booking.status === 'CANCELLED');
  const entry = (booking: Booking & { organisation: Organisation }) =>
    `• ${booking.organisation.name}\n${indent(`${t.agenda}: ${shortened(booking.agenda.trim()) || t.noAgenda}`)}`;
  const description = paragraphs(
    cancelled ? t.cancelledNote : null,
    live.length ? `${t.booked(live.length, slot.capacity)}\n${live.map(entry).join('\n')}` : t.nobody,
    gone.length ? `${t.cancelledBookings}\n${gone.map((booking) => `• ${booking.organisation.name}`).join('\n')}` : null,
    placeLine(format, true, t),
    `${t.portal}: ${advisorUrl(publicUrl)}`,
  );
  return {
    uid: slotUid(slot.id),
    sequence: slot.sequence,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: slot.startsAt,
    end: slot.endsAt,
    summary: `${cancelled ? t.cancelledPrefix : ''}${format.title} (${t.bookings(live.length)})`,
    description,
    location: placeOf(format, true),
    url: advisorUrl(publicUrl),
    organizer: null,
  };
}

/** The calendar name of a file with one appointment. */
export const BOOKING_CALENDAR_NAME: Record<Locale, string> = {
  de: 'Termin – Wirtschaftsinitiative Westfalen',
  en: 'Appointment – Wirtschaftsinitiative Westfalen',
};

/**
 * A booking as a mail attachment for its participants (pass it in `attachments` of
 * OutboxService.enqueue): METHOD:PUBLISH, which every client imports as a plain appointment; a
 * later mail with the cancelled booking (same UID, higher SEQUENCE) updates it.
 */
export function bookingAttachment(
  booking: BookingForCalendar,
  locale: Locale,
  publicUrl: string,
): { filename: string; contentType: string; content: string } {
  return {
    filename: bookingFileName(booking.slot.startsAt),
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: calendarFile([bookingEvent(booking, locale, publicUrl)], { name: BOOKING_CALENDAR_NAME[locale] }),
  };
}
