import {
  AGENDA_ITEM_MINUTES,
  instantToZoned,
  isRepeatedWallTime,
  isValidDate,
  isValidTimeOfDay,
  MEETING_CAPACITY,
  MEETING_ORGANISATION_CAP,
  MEETING_PLACE_LENGTH,
  TITLE_LENGTH,
  zonedReadings,
} from '@wiw/domain';
import type { MeetingEditFieldsFragment, MeetingFormat, MeetingInput, MeetingKind, MeetingVisibility, TopicFieldKey } from '../../gql/graphql';
import { ErrorCodes } from '../../lib/error-codes';
import { badInputIssues } from '../../lib/form/server-issues';
import { isGraphQLRequestError } from '../../lib/graphql-client';

/**
 * The meeting editor's values and checks, apart from React: the form holds text as typed (dates
 * and times as Berlin wall clock), `toMeetingInput` turns it into the API's input, `checkMeeting`
 * finds what the API would refuse, and `meetingServerIssues` puts the API's answers at the fields.
 */

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface AgendaValues {
  /** Stable across reordering (React key, field ids). */
  key: string;
  title: string;
  description: string;
  durationMinutes: string;
  responsible: OrganisationRef | null;
}

export interface MeetingValues {
  organiser: OrganisationRef | null;
  title: string;
  description: string;
  kind: MeetingKind;
  topicFields: TopicFieldKey[];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  format: MeetingFormat;
  place: string;
  municipalityId: string;
  onlineLink: string;
  visibility: MeetingVisibility;
  registrationOpen: boolean;
  capacity: string;
  waitlistEnabled: boolean;
  deadlineDate: string;
  deadlineTime: string;
  perOrganisationCap: string;
  agenda: AgendaValues[];
  /**
   * Per wall time: true for the second reading of a time that occurs twice (the repeated hour when
   * the clocks go back, in winter time); false for the first and for every other time.
   */
  secondReading: Record<WallTime, boolean>;
}

/** The form's three wall times. */
export type WallTime = 'start' | 'end' | 'deadline';

/** Fields that carry issues: the form's own names, agenda items as "agenda.<index>.title" / "agenda.<index>.durationMinutes". */
export type MeetingIssues = Partial<Record<string, Array<{ message: string }>>>;

let nextKey = 0;
export const agendaKey = () => `item-${++nextKey}`;

export const emptyAgendaItem = (): AgendaValues => ({ key: agendaKey(), title: '', description: '', durationMinutes: '30', responsible: null });

export function emptyMeeting(organiser: OrganisationRef | null): MeetingValues {
  return {
    organiser,
    title: '',
    description: '',
    kind: 'STEERING_ROUND',
    topicFields: [],
    startDate: '',
    startTime: '10:00',
    endDate: '',
    endTime: '12:00',
    format: 'IN_PERSON',
    place: '',
    municipalityId: '',
    onlineLink: '',
    visibility: 'PARTNERSHIP',
    registrationOpen: false,
    capacity: '',
    waitlistEnabled: true,
    deadlineDate: '',
    deadlineTime: '',
    perOrganisationCap: '',
    agenda: [],
    secondReading: { start: false, end: false, deadline: false },
  };
}

/** True when `instant` is the later of the two readings of its Berlin wall time. */
function isSecondReading(instant: Date | null): boolean {
  if (!instant || !isRepeatedWallTime(instant)) return false;
  const { date, time } = instantToZoned(instant);
  return zonedReadings(date, time)[0]!.getTime() !== instant.getTime();
}

/** The form's values for a meeting as the API returned it (times as Berlin wall clock). */
export function meetingValues(meeting: MeetingEditFieldsFragment): MeetingValues {
  const [startsAt, endsAt] = [new Date(meeting.startsAt), new Date(meeting.endsAt)];
  const deadlineAt = meeting.registrationDeadline ? new Date(meeting.registrationDeadline) : null;
  const [start, end] = [instantToZoned(startsAt), instantToZoned(endsAt)];
  const deadline = deadlineAt ? instantToZoned(deadlineAt) : null;
  return {
    organiser: meeting.organiser,
    title: meeting.title,
    description: meeting.description,
    kind: meeting.kind,
    topicFields: [...meeting.topicFieldKeys],
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    format: meeting.format,
    place: meeting.place ?? '',
    municipalityId: meeting.municipality?.id ?? '',
    onlineLink: meeting.onlineLink ?? '',
    visibility: meeting.visibility,
    registrationOpen: meeting.registrationOpen,
    capacity: meeting.capacity?.toString() ?? '',
    waitlistEnabled: meeting.waitlistEnabled,
    deadlineDate: deadline?.date ?? '',
    deadlineTime: deadline?.time ?? '',
    perOrganisationCap: meeting.perOrganisationCap?.toString() ?? '',
    agenda: meeting.agenda.map((item) => ({
      key: agendaKey(),
      title: item.title,
      description: item.description,
      durationMinutes: String(item.durationMinutes),
      responsible: item.responsibleOrganisation ?? null,
    })),
    secondReading: { start: isSecondReading(startsAt), end: isSecondReading(endsAt), deadline: isSecondReading(deadlineAt) },
  };
}

/** Both readings of a wall time that occurs twice (to let the person choose), else null. */
export function repeatedReadings(date: string, time: string): [Date, Date] | null {
  if (!isValidDate(date) || !isValidTimeOfDay(time)) return null;
  const readings = zonedReadings(date, time);
  return readings.length === 2 ? [readings[0]!, readings[1]!] : null;
}

/** Moves agenda item `index` one place up (-1) or down (+1); unchanged at the ends. */
export function moveAgendaItem(agenda: readonly AgendaValues[], index: number, by: -1 | 1): AgendaValues[] {
  const target = index + by;
  if (target < 0 || target >= agenda.length) return [...agenda];
  const moved = [...agenda];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

const instant = (date: string, time: string, second = false) => {
  if (!isValidDate(date) || !isValidTimeOfDay(time)) return null;
  const readings = zonedReadings(date, time);
  return (second ? readings.at(-1) : readings[0]) ?? null;
};
const wholeNumber = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null);
const optionalNumber = (text: string) => (text.trim() === '' ? null : wholeNumber(text));

/** The API's input (without the organiser, which only creating names). */
export function toMeetingInput(values: MeetingValues): MeetingInput {
  const inPerson = values.format !== 'ONLINE';
  const online = values.format !== 'IN_PERSON';
  const second = values.secondReading;
  const deadline =
    values.registrationOpen && values.deadlineDate ? instant(values.deadlineDate, values.deadlineTime || '00:00', second.deadline) : null;
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    kind: values.kind,
    topicFields: values.topicFields,
    // Empty when not a valid date and time: checkMeeting says so before anything is sent.
    startsAt: instant(values.startDate, values.startTime, second.start)?.toISOString() ?? '',
    endsAt: instant(values.endDate || values.startDate, values.endTime, second.end)?.toISOString() ?? '',
    format: values.format,
    place: inPerson ? values.place.trim() || null : null,
    municipalityId: inPerson ? values.municipalityId || null : null,
    onlineLink: online ? values.onlineLink.trim() || null : null,
    visibility: values.visibility,
    registrationOpen: values.registrationOpen,
    capacity: values.registrationOpen ? optionalNumber(values.capacity) : null,
    waitlistEnabled: values.waitlistEnabled,
    registrationDeadline: deadline?.toISOString() ?? null,
    perOrganisationCap: values.registrationOpen ? optionalNumber(values.perOrganisationCap) : null,
    agenda: values.agenda.map((item) => ({
      title: item.title.trim(),
      description: item.description.trim(),
      durationMinutes: wholeNumber(item.durationMinutes) ?? 0,
      responsibleOrganisationId: item.responsible?.id ?? null,
    })),
  };
}

/** Text of a problem the form finds itself; the editor translates `key` under meetingsOrganiser.issues. */
export interface LocalProblem {
  key:
    | 'organiserRequired'
    | 'titleLength'
    | 'startInvalid'
    | 'endInvalid'
    | 'endBeforeStart'
    | 'placeLength'
    | 'linkInvalid'
    | 'capacityRange'
    | 'capRange'
    | 'deadlineInvalid'
    | 'deadlineAfterStart'
    | 'minutesRange'
    | 'agendaTooLong'
    | 'invalid';
  values?: Record<string, number>;
}

/** What the API would refuse, per field (`creating`: the organiser must be chosen). */
export function checkMeeting(values: MeetingValues, creating: boolean): Partial<Record<string, LocalProblem[]>> {
  const found: Partial<Record<string, LocalProblem[]>> = {};
  const add = (field: string, problem: LocalProblem) => (found[field] ??= []).push(problem);
  const input = toMeetingInput(values);
  if (creating && !values.organiser) add('organiser', { key: 'organiserRequired' });
  if (input.title.length < TITLE_LENGTH.min || input.title.length > TITLE_LENGTH.max) add('title', { key: 'titleLength', values: TITLE_LENGTH });
  if (!input.startsAt) add('startsAt', { key: 'startInvalid' });
  if (!input.endsAt) add('endsAt', { key: 'endInvalid' });
  else if (input.startsAt && input.endsAt <= input.startsAt) add('endsAt', { key: 'endBeforeStart' });
  const place = input.place ?? '';
  if (values.format !== 'ONLINE' && (place.length < MEETING_PLACE_LENGTH.min || place.length > MEETING_PLACE_LENGTH.max))
    add('place', { key: 'placeLength', values: MEETING_PLACE_LENGTH });
  if (values.format !== 'IN_PERSON' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(input.onlineLink ?? '')) add('onlineLink', { key: 'linkInvalid' });
  if (values.registrationOpen) {
    const capacity = optionalNumber(values.capacity);
    if (values.capacity.trim() !== '' && (capacity === null || capacity < MEETING_CAPACITY.min || capacity > MEETING_CAPACITY.max))
      add('capacity', { key: 'capacityRange', values: MEETING_CAPACITY });
    const cap = optionalNumber(values.perOrganisationCap);
    if (values.perOrganisationCap.trim() !== '' && (cap === null || cap < MEETING_ORGANISATION_CAP.min || cap > MEETING_ORGANISATION_CAP.max))
      add('perOrganisationCap', { key: 'capRange', values: MEETING_ORGANISATION_CAP });
    if (values.deadlineDate && !input.registrationDeadline) add('deadline', { key: 'deadlineInvalid' });
    else if (input.registrationDeadline && input.startsAt && input.registrationDeadline > input.startsAt)
      add('deadline', { key: 'deadlineAfterStart' });
  }
  let agendaMinutes = 0;
  values.agenda.forEach((item, index) => {
    const title = item.title.trim();
    if (title.length < TITLE_LENGTH.min || title.length > TITLE_LENGTH.max)
      add(`agenda.${index}.title`, { key: 'titleLength', values: TITLE_LENGTH });
    const minutes = wholeNumber(item.durationMinutes);
    if (minutes === null || minutes < AGENDA_ITEM_MINUTES.min || minutes > AGENDA_ITEM_MINUTES.max)
      add(`agenda.${index}.durationMinutes`, { key: 'minutesRange', values: AGENDA_ITEM_MINUTES });
    agendaMinutes += minutes ?? 0;
  });
  const length = input.startsAt && input.endsAt ? Date.parse(input.endsAt) - Date.parse(input.startsAt) : 0;
  if (length > 0 && agendaMinutes * 60_000 > length) add('agenda', { key: 'agendaTooLong' });
  return found;
}

/** MEETING_INVALID's `problem` → the field it concerns. */
const PROBLEM_FIELDS: Record<string, string> = {
  ENDS_BEFORE_START: 'endsAt',
  TOO_LONG: 'endsAt',
  PLACE_MISSING: 'place',
  LINK_MISSING: 'onlineLink',
  DEADLINE_AFTER_START: 'deadline',
  AGENDA_TOO_LONG: 'agenda',
  UNKNOWN_MUNICIPALITY: 'municipality',
  UNKNOWN_ORGANISATION: 'agenda',
  CAPACITY_BELOW_REGISTERED: 'capacity',
};

/** First segments of BAD_USER_INPUT input paths → the form's fields (agenda items at the agenda). */
const INPUT_FIELDS: Record<string, string> = {
  organiserId: 'organiser',
  municipalityId: 'municipality',
  registrationDeadline: 'deadline',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  title: 'title',
  description: 'description',
  place: 'place',
  onlineLink: 'onlineLink',
  capacity: 'capacity',
  perOrganisationCap: 'perOrganisationCap',
  agenda: 'agenda',
};

/** A problem at a field: ours (translated by its key) or the server's message. */
export type MeetingIssue = LocalProblem | { message: string };

/**
 * The API's refusal at the fields it concerns: MEETING_INVALID by its problem, NOT_ORGANISATION_MEMBER
 * at the organiser (the server's message), BAD_USER_INPUT by its input paths (`badInputIssues`;
 * what names no field goes to `unmatched`). Null for any other error (the form shows it above itself).
 */
export function meetingServerIssues(error: unknown): { issues: Partial<Record<string, MeetingIssue[]>>; unmatched: string[] } | null {
  if (!isGraphQLRequestError(error)) return null;
  const problem = error.errors[0]?.extensions?.problem;
  const field = typeof problem === 'string' ? PROBLEM_FIELDS[problem] : undefined;
  if (error.code === ErrorCodes.MEETING_INVALID && field) return { issues: { [field]: [{ message: error.message }] }, unmatched: [] };
  if (error.code === ErrorCodes.NOT_ORGANISATION_MEMBER) return { issues: { organiser: [{ message: error.message }] }, unmatched: [] };
  const bad = badInputIssues(
    error,
    (name) => INPUT_FIELDS[name],
    (): LocalProblem['key'] => 'invalid',
  );
  if (!bad) return null;
  const issues = Object.fromEntries(
    Object.entries(bad.issues).map(([name, list]) => [name, (list ?? []).map((issue) => ('code' in issue ? { key: issue.code } : issue))]),
  );
  return { issues, unmatched: bad.unmatched };
}
