/** Partnership meetings and events. */

export const MEETING_DESCRIPTION_MAX_LENGTH = 5000;
/** The place of an in-person or hybrid meeting (address, room). */
export const MEETING_PLACE_LENGTH = { min: 3, max: 300 } as const;
/** Seats of a meeting with registration. */
export const MEETING_CAPACITY = { min: 1, max: 5000 } as const;
/** Registrations one organisation may hold for one meeting (registered and waitlisted together). */
export const MEETING_ORGANISATION_CAP = { min: 1, max: 500 } as const;
/** Agenda items of one meeting. */
export const MAX_AGENDA_ITEMS = 40;
export const AGENDA_ITEM_DESCRIPTION_MAX_LENGTH = 2000;
/** Length of one agenda item, in minutes. */
export const AGENDA_ITEM_MINUTES = { min: 5, max: 600 } as const;
/** A meeting lasts at most this many hours. */
export const MEETING_MAX_HOURS = 72;
/** Topic fields one meeting is filed under. */
export const MAX_MEETING_TOPIC_FIELDS = 5;
/** The registration code shown on the confirmation, for check-in. */
export const REGISTRATION_CODE_LENGTH = 8;
/** Offices and organisations invited to one meeting at a time. */
export const MAX_MEETING_INVITATIONS = 200;
/** Minutes of one agenda item (issue 17, item 4). */
export const MINUTES_TEXT_MAX_LENGTH = 10_000;
/** One decision's text, in German and in English. */
export const DECISION_TEXT_LENGTH = { min: 3, max: 2000 } as const;
/** Decisions on one agenda item. */
export const MAX_DECISIONS_PER_ITEM = 20;
