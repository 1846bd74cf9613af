import type { AdvisorAvailabilityQuery, AdvisorBookingFieldsFragment, AdvisorFiguresQuery, AdvisorFormatFieldsFragment } from '../../../gql/graphql';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, type RecordedRequest } from '../../../test/utils';
import type { FormatFigures } from '../components/FormatFiguresTable';

export { apiError, requestsOf } from '../../../test/utils';

type Reply = Awaited<ReturnType<Parameters<typeof fakeGraphQL>[0]>>;
export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const IHK = uuid(501);
export const advisorMe = () => meData({ id: 'user-ben', name: 'Ben Berater', email: 'beratung@demo.example.org', roles: ['ADVISOR'] });

export function formatNode(overrides: Partial<AdvisorFormatFieldsFragment> = {}): AdvisorFormatFieldsFragment {
  return {
    id: uuid(1),
    title: 'Erstberatung Fördermittel',
    description: 'Welche Förderprogramme passen zu Ihrem Vorhaben?',
    status: 'ACTIVE',
    durationMinutes: 60,
    capacity: 1,
    mode: 'REMOTE',
    location: null,
    meetingLink: 'https://meet.example.org/ihk-foerderung',
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minimumNoticeHours: 24,
    bookingHorizonDays: 60,
    cancellationDeadlineHours: 24,
    updatedAt: '2026-11-20T09:00:00Z',
    viewerIsAdvisor: true,
    topicField: { key: 'RECOVERY', title: 'Erholung' },
    organisation: { id: IHK, name: 'Industrie- und Handelskammer Siegen' },
    ...overrides,
  };
}

export function availabilityData(overrides: Partial<AdvisorAvailabilityQuery['myAvailability']> = {}): AdvisorAvailabilityQuery {
  return { myAvailability: { rules: [], exceptions: [], ...overrides } };
}

export function bookingNode(overrides: Partial<AdvisorBookingFieldsFragment> = {}): AdvisorBookingFieldsFragment {
  return {
    id: uuid(301),
    status: 'CONFIRMED',
    agenda: 'Wir planen eine neue Fertigungslinie und suchen Förderung.',
    startsAt: '2026-11-24T09:00:00Z',
    endsAt: '2026-11-24T10:00:00Z',
    previousStartsAt: null,
    mode: 'REMOTE',
    location: null,
    cancelledAt: null,
    cancellationReason: null,
    attendanceMarkedAt: null,
    viewerCanChange: true,
    format: { id: uuid(1), title: 'Erstberatung Fördermittel' },
    organisation: { id: uuid(601), name: 'Velkamp Intralogistik GmbH' },
    bookedBy: { name: 'Vera Velkamp', email: 'velkamp@demo.example.org' },
    ...overrides,
  };
}

export function slotNode(
  bookings: AdvisorBookingFieldsFragment[],
  overrides: Partial<{
    id: string;
    startsAt: string;
    endsAt: string;
    capacity: number;
    seatsTaken: number;
    cancelled: boolean;
    movedAway: Array<{ id: string; startsAt: string; organisation: { id: string; name: string } }>;
  }> = {},
) {
  const first = bookings[0];
  return {
    id: uuid(401),
    format: { id: uuid(1), title: 'Erstberatung Fördermittel' },
    movedAway: [],
    startsAt: first?.startsAt ?? '2026-11-24T09:00:00Z',
    endsAt: first?.endsAt ?? '2026-11-24T10:00:00Z',
    capacity: 1,
    seatsTaken: bookings.filter((booking) => booking.status !== 'CANCELLED').length,
    cancelled: false,
    bookings,
    ...overrides,
  };
}

/** One format's figures: nothing booked yet unless overridden. */
export const formatFiguresNode = (overrides: Partial<FormatFigures> = {}): FormatFigures => ({
  formatId: uuid(1),
  title: 'Erstberatung Fördermittel',
  bookings: 0,
  upcoming: 0,
  attended: 0,
  noShows: 0,
  noShowRate: null,
  utilisation: null,
  ...overrides,
});

/** My figures as an advisor: the totals of `byFormat` unless overridden. */
export function figuresData(
  byFormat: FormatFigures[] = [],
  overrides: Partial<Omit<AdvisorFiguresQuery['myAdvisorFigures'], 'byFormat'>> = {},
): AdvisorFiguresQuery {
  const sum = (key: 'bookings' | 'upcoming' | 'attended' | 'noShows') => byFormat.reduce((total, row) => total + row[key], 0);
  return {
    myAdvisorFigures: {
      bookings: sum('bookings'),
      upcoming: sum('upcoming'),
      attended: sum('attended'),
      noShows: sum('noShows'),
      noShowRate: null,
      utilisation: null,
      byFormat,
      ...overrides,
    },
  };
}

/** My organisations: the IHK (a member of the partnership) and, optionally, others. */
export const organisationsData = (organisations = [{ id: IHK, name: 'Industrie- und Handelskammer Siegen', verified: true }]) => ({
  myOrganisations: organisations,
});

export const profileData = (id: string, kind: 'CHAMBER' | 'ADVISORY' | 'COMPANY', isMember: boolean) => ({ organisation: { id, kind, isMember } });

/**
 * A fake API for the advisors' area: `handlers` answer by operation name; the signed-in advisor,
 * topic fields, an empty list of formats and the IHK as organisation have defaults.
 */
export function advisorServer(handlers: Record<string, Handler> = {}) {
  return fakeGraphQL((request) => {
    const name = operationName(request) ?? '';
    const handler = handlers[name];
    if (handler) return handler(request);
    switch (name) {
      case 'Me':
        return { data: advisorMe() };
      case 'TopicFields':
        return { data: topicFieldsData() };
      case 'AdvisorNextSlotStart':
        return { data: { advisorNextSlotStart: null } };
      case 'AdvisorFormats':
        return { data: { myConsultationFormats: [] } };
      case 'AdvisorOrganisations':
        return { data: organisationsData() };
      case 'AdvisorOrganisationProfile':
        return { data: profileData(String(request.variables.id), 'CHAMBER', true) };
      case 'AdvisorAvailability':
        return { data: availabilityData() };
      case 'AdvisorSchedule':
        return { data: { advisorSchedule: [] } };
      case 'AdvisorFigures':
        return { data: figuresData() };
      case 'MyCalendarFeed':
        return { data: { myCalendarFeed: { active: false, createdAt: null } } };
      default:
        return { errors: [{ message: `unexpected operation ${name}`, extensions: { code: 'TEST_UNEXPECTED' } }] };
    }
  });
}

/** Replaces a field's text by pasting it (typing long texts key by key makes the tests slow). */
export async function fill(
  user: { clear: (element: Element) => Promise<void>; click: (element: Element) => Promise<void>; paste: (text: string) => Promise<void> },
  element: Element,
  text: string,
) {
  await user.clear(element);
  await user.click(element);
  await user.paste(text);
}
