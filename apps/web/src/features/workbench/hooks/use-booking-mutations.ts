import { useQueryClient } from '@tanstack/react-query';
import type { BookConsultationInput, BookingFieldsFragment, CancelBookingInput, RescheduleBookingInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { BookConsultationDocument, CancelBookingDocument, RescheduleBookingDocument } from '../graphql/documents';
import { bookingQueryKey } from './use-bookings';
import { useWorkbenchMutation } from './query-root';

/** Books a slot (or a seat in a Denkraum) for one of my verified organisations. */
export const useBookConsultation = () =>
  useWorkbenchMutation(
    async (input: BookConsultationInput, language) => (await request(BookConsultationDocument, { input }, { language })).bookConsultation,
  );

/** The booking the server returned is the booking page's data at once (then everything is fetched again). */
function useStoreBooking() {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return (booking: BookingFieldsFragment) => queryClient.setQueryData(bookingQueryKey(language, booking.id), { booking });
}

/** Cancels with a reason (until the deadline). */
export function useCancelBooking() {
  const store = useStoreBooking();
  return useWorkbenchMutation(async (input: CancelBookingInput, language) => {
    const booking = (await request(CancelBookingDocument, { input }, { language })).cancelBooking;
    store(booking);
    return booking;
  });
}

/** Moves a booking to another free start of its format (all or nothing). */
export function useRescheduleBooking() {
  const store = useStoreBooking();
  return useWorkbenchMutation(async (input: RescheduleBookingInput, language) => {
    const booking = (await request(RescheduleBookingDocument, { input }, { language })).rescheduleBooking;
    store(booking);
    return booking;
  });
}
