import { useQuery } from '@tanstack/react-query';
import type { BookingScope } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { useConnectionQuery } from '../../../lib/use-connection-query';
import { BookingDocument, BookingOrganisationsDocument, MyBookingsDocument } from '../graphql/documents';
import { WORKBENCH_QUERY_ROOT } from './query-root';

export const BOOKINGS_PAGE_SIZE = 20;

export const myBookingsQueryKey = (language: Language, scope: BookingScope) => [...WORKBENCH_QUERY_ROOT, 'myBookings', language, scope] as const;

/** Bookings of my organisations: upcoming (soonest first) or past (latest first), 20 per page. */
export function useMyBookings(scope: BookingScope) {
  const language = useLanguage();
  return useConnectionQuery(
    myBookingsQueryKey(language, scope),
    async (after, signal) => (await request(MyBookingsDocument, { scope, first: BOOKINGS_PAGE_SIZE, after }, { language, signal })).myBookings,
  );
}

export const bookingQueryKey = (language: Language, id: string) => [...WORKBENCH_QUERY_ROOT, 'booking', language, id] as const;

/** A booking of my organisations (or in my slots as advisor); BOOKING_NOT_FOUND otherwise. */
export function useBooking(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: bookingQueryKey(language, id),
    queryFn: ({ signal }) => request(BookingDocument, { id }, { language, signal }),
    select: (data) => data.booking,
    staleTime: 0,
  });
}

export const bookingOrganisationsQueryKey = (language: Language) => [...WORKBENCH_QUERY_ROOT, 'organisations', language] as const;

/** My organisations with their verification (only verified ones can book); signed in only. */
export function useBookingOrganisations({ enabled }: { enabled: boolean }) {
  const language = useLanguage();
  return useQuery({
    queryKey: bookingOrganisationsQueryKey(language),
    queryFn: ({ signal }) => request(BookingOrganisationsDocument, {}, { language, signal }),
    select: (data) => data.myOrganisations,
    staleTime: 0,
    enabled,
  });
}
