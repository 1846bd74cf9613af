/** The digital workbench: consultation formats, availability, bookings. */

export const FORMAT_DESCRIPTION_MAX_LENGTH = 3000;
/** Length of a consultation, in minutes, in steps of `step`. */
export const FORMAT_DURATION_MINUTES = { min: 15, max: 480, step: 5 } as const;
/** The address of an on-site format. */
export const FORMAT_LOCATION_LENGTH = { min: 5, max: 300 } as const;
export const MEETING_LINK_MAX_LENGTH = 500;
/** Seats: 1 for a one-to-one consultation, more for a group session. */
export const FORMAT_CAPACITY = { min: 1, max: 200 } as const;
/** Minutes kept free before and after a consultation. */
export const BUFFER_MINUTES = { min: 0, max: 240 } as const;
/** Hours before the start until which a format can be booked. */
export const MINIMUM_NOTICE_HOURS = { min: 0, max: 720 } as const;
/** Days ahead a format can be booked. */
export const BOOKING_HORIZON_DAYS = { min: 1, max: 365 } as const;
/** Hours before the start until which companies may cancel or reschedule. */
export const CANCELLATION_DEADLINE_HOURS = { min: 0, max: 720 } as const;

/** What the booking company wants to talk about. */
export const AGENDA_LENGTH = { min: 10, max: 2000 } as const;
/** Why a booking is cancelled (the other side reads it). */
export const CANCELLATION_REASON_LENGTH = { min: 3, max: 1000 } as const;
/** The optional note of a reschedule. */
export const RESCHEDULE_NOTE_MAX_LENGTH = 1000;
/** A client's key that makes a booking request safe to retry. */
export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 100 } as const;

/** Weekly availability periods of one advisor. */
export const MAX_AVAILABILITY_RULES = 50;
/** The note of an availability exception ("Urlaub", "Messe"). */
export const AVAILABILITY_NOTE_MAX_LENGTH = 200;
/** Free slots are listed for ranges shorter than this many days. */
export const MAX_SLOT_RANGE_DAYS = 42;
