import {
  BOOKING_HORIZON_DAYS,
  BUFFER_MINUTES,
  CANCELLATION_DEADLINE_HOURS,
  FORMAT_CAPACITY,
  FORMAT_DESCRIPTION_MAX_LENGTH,
  FORMAT_DURATION_MINUTES,
  FORMAT_LOCATION_LENGTH,
  MEETING_LINK_MAX_LENGTH,
  MINIMUM_NOTICE_HOURS,
  TITLE_LENGTH,
  type ErrorCode,
} from '@wiw/domain';
import type { ConsultationFormatInput, ConsultationMode, CreateConsultationFormatInput, TopicFieldKey } from '../../gql/graphql';
import { isGraphQLRequestError } from '../../lib/graphql-client';
import { badInputIssues, type FormIssues, type ServerIssues } from '../../lib/form/server-issues';
import { hasErrorCode } from '../../lib/error-message';
import { ErrorCodes } from '../../lib/error-codes';

/** The API's limits of a format (@wiw/domain), in the names the form uses. */
export const FORMAT_LIMITS = {
  titleMin: TITLE_LENGTH.min,
  titleMax: TITLE_LENGTH.max,
  descriptionMax: FORMAT_DESCRIPTION_MAX_LENGTH,
  durationMin: FORMAT_DURATION_MINUTES.min,
  durationMax: FORMAT_DURATION_MINUTES.max,
  durationStep: FORMAT_DURATION_MINUTES.step,
  capacityMax: FORMAT_CAPACITY.max,
  locationMin: FORMAT_LOCATION_LENGTH.min,
  locationMax: FORMAT_LOCATION_LENGTH.max,
  meetingLinkMax: MEETING_LINK_MAX_LENGTH,
  bufferMax: BUFFER_MINUTES.max,
  noticeMax: MINIMUM_NOTICE_HOURS.max,
  horizonMin: BOOKING_HORIZON_DAYS.min,
  horizonMax: BOOKING_HORIZON_DAYS.max,
  deadlineMax: CANCELLATION_DEADLINE_HOURS.max,
} as const;

/** One-to-one (capacity 1) or a group session ("Denkraum", capacity 2 or more). */
export type FormatKind = 'ONE_TO_ONE' | 'GROUP';

/** What the form edits; numbers as typed, so that "abc" can be reported instead of lost. */
export interface FormatFormValues {
  organisationId: string;
  title: string;
  description: string;
  topicField: TopicFieldKey | '';
  durationMinutes: string;
  kind: FormatKind;
  capacity: string;
  mode: ConsultationMode;
  location: string;
  meetingLink: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeHours: string;
  bookingHorizonDays: string;
  cancellationDeadlineHours: string;
}

export const FORMAT_FIELDS = [
  'organisationId',
  'title',
  'description',
  'topicField',
  'durationMinutes',
  'kind',
  'capacity',
  'mode',
  'location',
  'meetingLink',
  'bufferBeforeMinutes',
  'bufferAfterMinutes',
  'minimumNoticeHours',
  'bookingHorizonDays',
  'cancellationDeadlineHours',
] as const;
export type FormatField = (typeof FORMAT_FIELDS)[number];

/** Language-neutral reasons; the texts live in `workbenchAdvisor.validation.*`. */
export type FormatIssueCode =
  | 'organisationRequired'
  | 'titleLength'
  | 'descriptionLength'
  | 'topicFieldRequired'
  | 'durationRange'
  | 'capacityRange'
  | 'modeRequired'
  | 'locationLength'
  | 'meetingLinkInvalid'
  | 'bufferRange'
  | 'noticeRange'
  | 'horizonRange'
  | 'deadlineRange';

/** The numbers each text names (one source for the hints, the checks and the messages). */
export const ISSUE_VALUES: Record<FormatIssueCode, Record<string, number>> = {
  organisationRequired: {},
  titleLength: { min: FORMAT_LIMITS.titleMin, max: FORMAT_LIMITS.titleMax },
  descriptionLength: { max: FORMAT_LIMITS.descriptionMax },
  topicFieldRequired: {},
  durationRange: { min: FORMAT_LIMITS.durationMin, max: FORMAT_LIMITS.durationMax, step: FORMAT_LIMITS.durationStep },
  capacityRange: { min: 2, max: FORMAT_LIMITS.capacityMax },
  modeRequired: {},
  locationLength: { min: FORMAT_LIMITS.locationMin, max: FORMAT_LIMITS.locationMax },
  meetingLinkInvalid: { max: FORMAT_LIMITS.meetingLinkMax },
  bufferRange: { max: FORMAT_LIMITS.bufferMax },
  noticeRange: { max: FORMAT_LIMITS.noticeMax },
  horizonRange: { min: FORMAT_LIMITS.horizonMin, max: FORMAT_LIMITS.horizonMax },
  deadlineRange: { max: FORMAT_LIMITS.deadlineMax },
};

/** The API's defaults for a new format. */
export function emptyFormatValues(organisationId = ''): FormatFormValues {
  return {
    organisationId,
    title: '',
    description: '',
    topicField: '',
    durationMinutes: '60',
    kind: 'ONE_TO_ONE',
    capacity: '8',
    mode: 'REMOTE',
    location: '',
    meetingLink: '',
    bufferBeforeMinutes: '0',
    bufferAfterMinutes: '0',
    minimumNoticeHours: '24',
    bookingHorizonDays: '60',
    cancellationDeadlineHours: '24',
  };
}

/** What a format says, as the form shows it. */
export interface FormatSource {
  organisation: { id: string };
  title: string;
  description: string;
  topicField: { key: TopicFieldKey };
  durationMinutes: number;
  capacity: number;
  mode: ConsultationMode;
  location?: string | null;
  meetingLink?: string | null;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeHours: number;
  bookingHorizonDays: number;
  cancellationDeadlineHours: number;
}

export function formatFormValues(format: FormatSource): FormatFormValues {
  return {
    organisationId: format.organisation.id,
    title: format.title,
    description: format.description,
    topicField: format.topicField.key,
    durationMinutes: String(format.durationMinutes),
    kind: format.capacity > 1 ? 'GROUP' : 'ONE_TO_ONE',
    capacity: format.capacity > 1 ? String(format.capacity) : '8',
    mode: format.mode,
    location: format.location ?? '',
    meetingLink: format.meetingLink ?? '',
    bufferBeforeMinutes: String(format.bufferBeforeMinutes),
    bufferAfterMinutes: String(format.bufferAfterMinutes),
    minimumNoticeHours: String(format.minimumNoticeHours),
    bookingHorizonDays: String(format.bookingHorizonDays),
    cancellationDeadlineHours: String(format.cancellationDeadlineHours),
  };
}

const length = (value: string) => [...value.trim()].length;
const wholeIn = (value: string, min: number, max: number) => /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;
/** Control characters other than line breaks and tabs (the API refuses them). */
const CONTROL = /[^\P{Cc}\n\r\t]/u;
/** Any control character, line breaks included (single-line fields). */
const SINGLE_LINE_BREAK = /\p{Cc}/u;

/** A link the API accepts: https with a host, no spaces. */
export function isMeetingLink(value: string): boolean {
  const text = value.trim();
  if (text.length === 0 || text.length > FORMAT_LIMITS.meetingLinkMax || /\s/.test(text) || !/^https:\/\//i.test(text)) return false;
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return url.protocol === 'https:' && url.hostname.includes('.');
}

export function validateFormat(values: FormatFormValues, { creating }: { creating: boolean }): FormIssues<FormatField, FormatIssueCode> {
  const issues: FormIssues<FormatField, FormatIssueCode> = {};
  const add = (field: FormatField, code: FormatIssueCode) => {
    (issues[field] ??= []).push({ code });
  };
  const {
    titleMin,
    titleMax,
    descriptionMax,
    durationMin,
    durationMax,
    durationStep,
    capacityMax,
    locationMin,
    locationMax,
    bufferMax,
    noticeMax,
    horizonMin,
    horizonMax,
    deadlineMax,
  } = FORMAT_LIMITS;
  if (creating && values.organisationId === '') add('organisationId', 'organisationRequired');
  if (length(values.title) < titleMin || length(values.title) > titleMax || SINGLE_LINE_BREAK.test(values.title)) add('title', 'titleLength');
  if (length(values.description) > descriptionMax || CONTROL.test(values.description)) add('description', 'descriptionLength');
  if (values.topicField === '') add('topicField', 'topicFieldRequired');
  if (!wholeIn(values.durationMinutes, durationMin, durationMax) || Number(values.durationMinutes) % durationStep !== 0)
    add('durationMinutes', 'durationRange');
  if (values.kind === 'GROUP' && !wholeIn(values.capacity, 2, capacityMax)) add('capacity', 'capacityRange');
  if (
    values.mode === 'ONSITE' &&
    (length(values.location) < locationMin || length(values.location) > locationMax || SINGLE_LINE_BREAK.test(values.location))
  )
    add('location', 'locationLength');
  if (values.mode === 'REMOTE' && !isMeetingLink(values.meetingLink)) add('meetingLink', 'meetingLinkInvalid');
  if (!wholeIn(values.bufferBeforeMinutes, 0, bufferMax)) add('bufferBeforeMinutes', 'bufferRange');
  if (!wholeIn(values.bufferAfterMinutes, 0, bufferMax)) add('bufferAfterMinutes', 'bufferRange');
  if (!wholeIn(values.minimumNoticeHours, 0, noticeMax)) add('minimumNoticeHours', 'noticeRange');
  if (!wholeIn(values.bookingHorizonDays, horizonMin, horizonMax)) add('bookingHorizonDays', 'horizonRange');
  if (!wholeIn(values.cancellationDeadlineHours, 0, deadlineMax)) add('cancellationDeadlineHours', 'deadlineRange');
  return issues;
}

export function toFormatInput(values: FormatFormValues): ConsultationFormatInput {
  const onsite = values.mode === 'ONSITE';
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    topicField: values.topicField as TopicFieldKey,
    durationMinutes: Number(values.durationMinutes),
    capacity: values.kind === 'GROUP' ? Number(values.capacity) : 1,
    mode: values.mode,
    location: onsite ? values.location.trim() : null,
    meetingLink: onsite ? null : values.meetingLink.trim(),
    bufferBeforeMinutes: Number(values.bufferBeforeMinutes),
    bufferAfterMinutes: Number(values.bufferAfterMinutes),
    minimumNoticeHours: Number(values.minimumNoticeHours),
    bookingHorizonDays: Number(values.bookingHorizonDays),
    cancellationDeadlineHours: Number(values.cancellationDeadlineHours),
  };
}

export function toCreateFormatInput(values: FormatFormValues): CreateConsultationFormatInput {
  return { ...toFormatInput(values), organisationId: values.organisationId };
}

// --- server errors -----------------------------------------------------------------------------

/** What to say about a field the server rejected by a validation constraint. */
const CONSTRAINT_CODES: Partial<Record<FormatField, FormatIssueCode>> = {
  organisationId: 'organisationRequired',
  title: 'titleLength',
  description: 'descriptionLength',
  topicField: 'topicFieldRequired',
  durationMinutes: 'durationRange',
  capacity: 'capacityRange',
  mode: 'modeRequired',
  location: 'locationLength',
  meetingLink: 'meetingLinkInvalid',
  bufferBeforeMinutes: 'bufferRange',
  bufferAfterMinutes: 'bufferRange',
  minimumNoticeHours: 'noticeRange',
  bookingHorizonDays: 'horizonRange',
  cancellationDeadlineHours: 'deadlineRange',
};

/** Domain errors that belong to one field; the server's message is shown there. */
const ORGANISATION_CODES: readonly ErrorCode[] = [
  ErrorCodes.FORMAT_ORGANISATION_INVALID,
  ErrorCodes.ORGANISATION_NOT_VERIFIED,
  ErrorCodes.NOT_ORGANISATION_MEMBER,
];

/**
 * Maps an error of create/update to the form's fields: BAD_USER_INPUT with `extensions.fields`,
 * the organisation's domain errors, and FORMAT_MODE_INVALID (to the address or the link,
 * whichever the mode needs). Null for every other error (shown as an alert).
 */
export function formatServerIssues(error: unknown, mode: ConsultationMode): ServerIssues<FormatField> | null {
  if (!isGraphQLRequestError(error)) return null;
  if (hasErrorCode(error, ...ORGANISATION_CODES)) return { issues: { organisationId: [{ message: error.message }] }, unmatched: [] };
  if (error.code === ErrorCodes.FORMAT_MODE_INVALID)
    return { issues: { [mode === 'ONSITE' ? 'location' : 'meetingLink']: [{ message: error.message }] }, unmatched: [] };
  return badInputIssues(
    error,
    (name) => FORMAT_FIELDS.find((candidate) => candidate === name),
    (field) => CONSTRAINT_CODES[field],
  );
}
