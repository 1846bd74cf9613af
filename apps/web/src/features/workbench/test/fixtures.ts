import type { BookingFieldsFragment, BookingOrganisationsQuery, ConsultationFormatQuery, FormatSummaryFieldsFragment } from '../../../gql/graphql';

export { apiError, requestsOf } from '../../../test/utils';
export { connection } from '../../../test/fixtures';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const FORMAT_ID = uuid(1);
export const GROUP_ID = uuid(2);
export const BOOKING_ID = uuid(10);
export const ORG_VELKAMP = uuid(20);
export const ORG_UNVERIFIED = uuid(21);

/** "Now" in the tests: Wednesday 25 November 2026, 10:00 in Berlin (UTC+1); the week starts on Monday the 23rd. */
export const NOW = new Date('2026-11-25T09:00:00Z');

export function formatNode(overrides: Partial<FormatSummaryFieldsFragment> = {}): FormatSummaryFieldsFragment {
  return {
    id: FORMAT_ID,
    title: 'Digitalisierungs-Check für die Intralogistik',
    durationMinutes: 60,
    capacity: 1,
    mode: 'REMOTE',
    location: null,
    nextFreeSlot: '2026-11-26T08:00:00.000Z',
    topicField: { key: 'IT_COMPETENCE', title: 'IT-Kompetenz' },
    organisation: { id: uuid(30), name: 'IHK Siegen' },
    advisor: { id: uuid(31), name: 'Ben Berater' },
    ...overrides,
  };
}

export const groupFormat = (overrides: Partial<FormatSummaryFieldsFragment> = {}) =>
  formatNode({
    id: GROUP_ID,
    title: 'Denkraum KI im Mittelstand',
    capacity: 8,
    durationMinutes: 90,
    mode: 'ONSITE',
    location: 'Koblenzer Straße 121, 57072 Siegen',
    ...overrides,
  });

type FormatDetail = ConsultationFormatQuery['consultationFormat'];

export function formatDetail(overrides: Partial<FormatDetail> = {}): FormatDetail {
  return {
    ...formatNode(),
    description: 'Wir sehen uns gemeinsam Ihre Lagerprozesse an.\nUnd besprechen erste Schritte.',
    status: 'ACTIVE',
    minimumNoticeHours: 24,
    bookingHorizonDays: 60,
    cancellationDeadlineHours: 24,
    ...overrides,
  };
}

/** A free slot starting at `start` (ISO), `minutes` long. */
export function slot(start: string, { minutes = 60, seatsLeft = 1 }: { minutes?: number; seatsLeft?: number } = {}) {
  return { startsAt: start, endsAt: new Date(new Date(start).getTime() + minutes * 60_000).toISOString(), seatsLeft };
}

export function bookingNode(overrides: Partial<BookingFieldsFragment> = {}): BookingFieldsFragment {
  return {
    id: BOOKING_ID,
    status: 'CONFIRMED',
    agenda: 'Wir möchten unsere Kommissionierung digitalisieren.',
    startsAt: '2026-11-30T09:00:00.000Z',
    endsAt: '2026-11-30T10:00:00.000Z',
    previousStartsAt: null,
    mode: 'REMOTE',
    location: null,
    meetingLink: 'https://meet.example.org/werkbank-123',
    cancellationDeadline: '2026-11-29T09:00:00.000Z',
    cancelledAt: null,
    cancellationReason: null,
    calendarPath: `/workbench/bookings/${BOOKING_ID}/calendar.ics`,
    viewerCanChange: true,
    viewerIsAdvisor: false,
    createdAt: '2026-11-20T09:00:00.000Z',
    organisation: { id: ORG_VELKAMP, name: 'Velkamp Intralogistik GmbH' },
    advisorContact: { name: 'Ben Berater', email: 'beratung@demo.example.org' },
    format: { ...formatNode(), bookingHorizonDays: 60, minimumNoticeHours: 24, cancellationDeadlineHours: 24 },
    ...overrides,
  };
}

export function organisationsData(
  organisations: BookingOrganisationsQuery['myOrganisations'] = [{ id: ORG_VELKAMP, name: 'Velkamp Intralogistik GmbH', verified: true }],
): BookingOrganisationsQuery {
  return { myOrganisations: organisations };
}
