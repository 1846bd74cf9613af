/** The skills board: needs, offers, contact requests. */

/** Title of a need, an offer or a consultation format. */
export const TITLE_LENGTH = { min: 3, max: 120 } as const;
/** Description of a need or an offer. */
export const DESCRIPTION_MAX_LENGTH = 5000;
/** Skills of a need or an offer. */
export const ENTRY_SKILLS = { min: 1, max: 30 } as const;
/** People a need asks for. */
export const HEADCOUNT = { min: 1, max: 1000 } as const;
/** How far an offer reaches from its municipality, km. */
export const OFFER_RADIUS_KM = { min: 0, max: 500 } as const;
/** The board's distance filter, km. */
export const FILTER_RADIUS_KM = { min: 1, max: 500 } as const;
/** Skills in the board's skill filter. */
export const FILTER_MAX_SKILLS = 10;
/** The message of a contact request. */
export const CONTACT_MESSAGE_LENGTH = { min: 10, max: 2000 } as const;
/** Matches listed for one entry (`first`). */
export const MAX_MATCHES = 50;
