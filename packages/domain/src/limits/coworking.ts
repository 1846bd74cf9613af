/** Co-working places and their day desks. */

export const PLACE_NAME_LENGTH = { min: 3, max: 120 } as const;
export const PLACE_STREET_LENGTH = { min: 3, max: 200 } as const;
/** German postal code. */
export const PLACE_POSTAL_CODE_PATTERN = /^\d{5}$/;
export const PLACE_OPENING_HOURS_LENGTH = { min: 3, max: 300 } as const;
export const PLACE_DESCRIPTION_MAX_LENGTH = 2000;
export const PLACE_ACCESSIBILITY_NOTE_MAX_LENGTH = 1000;
/** Where the photo comes from and under which licence ("Foto: …, CC BY 4.0"). */
export const PLACE_PHOTO_CREDIT_MAX_LENGTH = 300;
/** Bookable desks per day. */
export const PLACE_DESKS = { min: 1, max: 500 } as const;
/** Day price in cents (0 to 500 €); null means free for everyone. */
export const PLACE_DAY_PRICE_CENTS = { min: 0, max: 50_000 } as const;
/** Hours before the booked day starts (Berlin) until which a desk day can be cancelled. */
export const PLACE_CANCELLATION_DEADLINE_HOURS = { min: 0, max: 168 } as const;
