/**
 * Every `extensions.code` the API answers with, in GraphQL errors and in the JSON errors of its
 * plain HTTP routes. The API's error classes declare their code from this list (the compiler
 * rejects any other), and the web's error texts are typed by it. A new code is added here first.
 */
export const ERROR_CODES = [
  // Requests: refused before or around a resolver (HTTP layer, Apollo, validation, query limits).
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'OPERATION_NOT_SUPPORTED',
  'INTERNAL_SERVER_ERROR',
  // The database cannot be reached right now: try again shortly (503 with Retry-After outside GraphQL).
  'SERVICE_UNAVAILABLE',
  // Too busy to take the request in time (a queue was full or its wait ran out); nothing changed, send it again shortly.
  'TRY_AGAIN',
  // Access and generic database refusals.
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  // Accounts and sessions.
  'EMAIL_NOT_VERIFIED',
  'INVALID_CREDENTIALS',
  'INVALID_TOKEN',
  'SESSION_NOT_FOUND',
  'SIGN_IN_THROTTLED',
  'USER_NOT_FOUND',
  'WRONG_PASSWORD',
  // Organisations, memberships and offices.
  'INVITATION_FOR_OTHER_ADDRESS',
  'INVITATION_INVALID',
  'LAST_OWNER',
  'MEMBER_NOT_FOUND',
  'NOT_ORGANISATION_MEMBER',
  'NOT_ORGANISATION_OWNER',
  'OFFICE_EXISTS',
  'OFFICE_NOT_FOUND',
  'ORGANISATION_NOT_FOUND',
  'ORGANISATION_NOT_VERIFIED',
  'SUCCESSOR_NOT_MEMBER',
  'TOPIC_FIELD_NOT_FOUND',
  // Skills board: needs, offers, contact requests.
  'CONTACT_NOT_A_PARTY',
  'CONTACT_REQUEST_EXISTS',
  'CONTACT_REQUEST_LIMIT',
  'CONTACT_REQUEST_NOT_FOUND',
  'CONTACT_SELF',
  'CONTACT_TARGET_NOT_OPEN',
  'INVALID_STATUS_TRANSITION',
  'NEED_NOT_FOUND',
  'NEED_ORGANISATION_KIND',
  'OFFER_NOT_FOUND',
  'OFFER_OWNER_INVALID',
  'UNKNOWN_MUNICIPALITY',
  'UNKNOWN_SKILLS',
  // Digital workbench.
  'ATTENDANCE_TOO_EARLY',
  'AVAILABILITY_EXCEPTION_NOT_FOUND',
  'AVAILABILITY_INVALID',
  'BOOKING_ALREADY_BOOKED',
  'BOOKING_FORMAT_ARCHIVED',
  'BOOKING_FULL',
  'BOOKING_NOT_CANCELLABLE',
  'BOOKING_NOT_FOUND',
  'BOOKING_OUTSIDE_HORIZON',
  'BOOKING_SLOT_TAKEN',
  'BOOKING_SLOT_UNAVAILABLE',
  'BOOKING_TOO_SHORT_NOTICE',
  'FORMAT_MODE_INVALID',
  'FORMAT_NOT_FOUND',
  'FORMAT_ORGANISATION_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'SLOT_RANGE_INVALID',
  // Partnership dashboard.
  'DASHBOARD_PERIOD_INVALID',
  // Co-working places and day desks.
  'COWORKING_PLACE_NOT_FOUND',
  'DESK_BOOKING_NOT_FOUND',
  'DESK_DAY_ALREADY_BOOKED',
  'DESK_DAY_FULL',
  'DESK_DAY_NOT_BOOKABLE',
  'DESK_DAY_NOT_CANCELLABLE',
  // Project workspaces and joining.
  'APPLICATION_NOT_FOUND',
  'APPLICATION_PENDING',
  'MILESTONE_NOT_FOUND',
  'MILESTONE_DONE',
  'NOT_PROJECT_LEAD',
  'PROJECT_ALREADY_PARTICIPANT',
  'PROJECT_CLOSED_TO_APPLICATIONS',
  'PROJECT_DATES_INVALID',
  'PROJECT_LEAD_CANNOT_LEAVE',
  'PROJECT_NOT_FOUND',
  'PROJECT_NOT_PARTICIPANT',
  'PROJECT_PROPOSAL_NOT_PENDING',
  // Partnership meetings and events.
  'MEETING_ALREADY_REGISTERED',
  'MEETING_DEPUTY_INVALID',
  'MEETING_FULL',
  'MEETING_INVALID',
  'MEETING_INVITATION_NOT_FOUND',
  'MEETING_NOT_FOUND',
  'MEETING_ORGANISATION_CAP_REACHED',
  'MEETING_REGISTRATION_CLOSED',
  'MEETING_REGISTRATION_NOT_FOUND',
  'MEETING_CANCELLED',
  // Legal pages.
  'LEGAL_PAGE_OUTDATED',
  // Publications: news items with provenance (issue 18 A).
  'NEWS_APPROVER_REQUIRED',
  'NEWS_ITEM_NOT_FOUND',
  'NEWS_LINK_DISALLOWED',
  'NEWS_NOT_AUTHOR',
  'NEWS_OFFICE_MISMATCH',
  'NEWS_PROMOTION_INVALID',
  'NEWS_SELF_APPROVAL',
  'NEWS_STATE_INVALID',
  'NEWS_TIE_NOT_FOUND',
  // Meeting minutes and decisions (issue 17, item 4).
  'MEETING_MINUTES_TOO_EARLY',
  'MEETING_NOT_ORGANISER',
  'MEETING_DECISION_INVALID',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** True for a code of the contract, e.g. to narrow `extensions.code` of an answer. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}
