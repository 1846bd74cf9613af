import { isGraphQLRequestError } from '../../lib/graphql-client';

export const FORMAT_NOT_FOUND = 'FORMAT_NOT_FOUND';
export const BOOKING_NOT_FOUND = 'BOOKING_NOT_FOUND';
export const BOOKING_NOT_CANCELLABLE = 'BOOKING_NOT_CANCELLABLE';

/** The chosen time cannot be booked (any more): the free slots are fetched again, another one is chosen. */
const SLOT_CODES: ReadonlySet<string> = new Set([
  'BOOKING_SLOT_TAKEN',
  'BOOKING_FULL',
  'BOOKING_TOO_SHORT_NOTICE',
  'BOOKING_OUTSIDE_HORIZON',
  'BOOKING_SLOT_UNAVAILABLE',
  'BOOKING_ALREADY_BOOKED',
]);

/** The organisation cannot book: it belongs to the organisation field. */
const ORGANISATION_CODES: ReadonlySet<string> = new Set(['ORGANISATION_NOT_VERIFIED', 'NOT_ORGANISATION_MEMBER']);

/**
 * Where a failed booking or rescheduling is shown:
 * - `slot`: the time is gone → back to the slot list (fetched again) with the message;
 * - `organisation`, `text`: at the field;
 * - `locked`: the deadline passed or the booking is over → the page reloads the booking;
 * - `other`: at the form, the same attempt can be retried (network, server).
 */
export type BookingProblem = 'slot' | 'organisation' | 'text' | 'locked' | 'other';

export function bookingProblem(error: unknown): BookingProblem {
  if (!isGraphQLRequestError(error)) return 'other';
  if (SLOT_CODES.has(error.code)) return 'slot';
  if (ORGANISATION_CODES.has(error.code)) return 'organisation';
  if (error.code === BOOKING_NOT_CANCELLABLE || error.code === FORMAT_NOT_FOUND) return 'locked';
  if (error.code === 'BAD_USER_INPUT') return 'text';
  return 'other';
}

export function hasCode(error: unknown, code: string): boolean {
  return isGraphQLRequestError(error) && error.code === code;
}
