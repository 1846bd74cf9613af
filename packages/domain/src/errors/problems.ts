/**
 * Codes inside an error's details, for errors that list what is wrong with one input:
 * `BAD_USER_INPUT` with `details.field = 'password'` lists `problems` (password policy),
 * `AVAILABILITY_INVALID` lists `problems` of the weekly rules or an exception.
 */
export const PASSWORD_PROBLEMS = ['TOO_SHORT', 'TOO_LONG', 'COMMON', 'CONTAINS_EMAIL_OR_NAME'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export const AVAILABILITY_PROBLEMS = [
  'INVALID_WEEKDAY',
  'INVALID_DATE',
  'INVALID_KIND',
  'INVALID_TIME',
  'MISSING_TIME',
  'END_NOT_AFTER_START',
  'OVERLAPPING_RULES',
  'TOO_MANY_RULES',
] as const;
export type AvailabilityProblem = (typeof AVAILABILITY_PROBLEMS)[number];

/** Why `BOOKING_NOT_CANCELLABLE`: the booking is not confirmed or already over, or the deadline has passed. */
export const NOT_CANCELLABLE_REASONS = ['STATUS', 'DEADLINE'] as const;
export type NotCancellableReason = (typeof NOT_CANCELLABLE_REASONS)[number];
