import type { ErrorCode } from '@wiw/domain';
import { ErrorCodes } from '../../lib/error-codes';
import { hasErrorCode } from '../../lib/error-message';

/** The chosen time cannot be booked (any more): the free slots are fetched again, another one is chosen. */
const SLOT_CODES: readonly ErrorCode[] = [
  ErrorCodes.BOOKING_SLOT_TAKEN,
  ErrorCodes.BOOKING_FULL,
  ErrorCodes.BOOKING_TOO_SHORT_NOTICE,
  ErrorCodes.BOOKING_OUTSIDE_HORIZON,
  ErrorCodes.BOOKING_SLOT_UNAVAILABLE,
  ErrorCodes.BOOKING_ALREADY_BOOKED,
];

/** The organisation cannot book: it belongs to the organisation field. */
const ORGANISATION_CODES: readonly ErrorCode[] = [ErrorCodes.ORGANISATION_NOT_VERIFIED, ErrorCodes.NOT_ORGANISATION_MEMBER];

/**
 * Where a failed booking or rescheduling is shown:
 * - `slot`: the time is gone → back to the slot list (fetched again) with the message;
 * - `organisation`, `text`: at the field;
 * - `locked`: the deadline passed or the booking is over → the page reloads the booking;
 * - `other`: at the form, the same attempt can be retried (network, server).
 */
export type BookingProblem = 'slot' | 'organisation' | 'text' | 'locked' | 'other';

export function bookingProblem(error: unknown): BookingProblem {
  if (hasErrorCode(error, ...SLOT_CODES)) return 'slot';
  if (hasErrorCode(error, ...ORGANISATION_CODES)) return 'organisation';
  if (hasErrorCode(error, ErrorCodes.BOOKING_NOT_CANCELLABLE, ErrorCodes.FORMAT_NOT_FOUND, ErrorCodes.BOOKING_FORMAT_ARCHIVED)) return 'locked';
  if (hasErrorCode(error, ErrorCodes.BAD_USER_INPUT)) return 'text';
  return 'other';
}
