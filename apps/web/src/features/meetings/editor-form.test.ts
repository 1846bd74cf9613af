import { describe, expect, it } from 'vitest';
import type { MeetingEditFieldsFragment } from '../../gql/graphql';
import { GraphQLRequestError } from '../../lib/graphql-client';
import { ErrorCodes } from '../../lib/error-codes';
import {
  checkMeeting,
  emptyAgendaItem,
  emptyMeeting,
  meetingServerIssues,
  meetingValues,
  moveAgendaItem,
  repeatedReadings,
  toMeetingInput,
  type MeetingValues,
} from './editor-form';

const filled = (overrides: Partial<MeetingValues> = {}): MeetingValues => ({
  ...emptyMeeting({ id: 'org-1', name: 'Stadt Dortmund' }),
  title: 'Bürgermeistertreffen',
  startDate: '2027-03-25',
  startTime: '18:00',
  endTime: '20:00',
  place: 'Rathaus Dortmund',
  ...overrides,
});

const API_MEETING: MeetingEditFieldsFragment = {
  id: 'm',
  title: 'Denkraum',
  description: '',
  kind: 'DENKRAUM_WORKSHOP',
  topicFieldKeys: ['IT_COMPETENCE'],
  startsAt: '2027-10-31T00:30:00.000Z',
  endsAt: '2027-10-31T03:00:00.000Z',
  format: 'HYBRID',
  place: 'Werkbank',
  onlineLink: 'https://meet.example.org/d',
  visibility: 'PUBLIC',
  status: 'SCHEDULED',
  registrationOpen: true,
  capacity: 12,
  waitlistEnabled: true,
  registrationDeadline: null,
  perOrganisationCap: 2,
  viewerCanEdit: true,
  organiser: { id: 'o', name: 'IHK Siegen' },
  municipality: { id: 'mu', name: 'Siegen' },
  agenda: [
    { id: 'a', title: 'Begrüßung', description: '', durationMinutes: 10, responsibleOrganisation: null },
    { id: 'b', title: 'KI im Betrieb', description: 'Bericht', durationMinutes: 60, responsibleOrganisation: { id: 'o', name: 'IHK Siegen' } },
  ],
};

describe('the meeting editor values', () => {
  it('reads Berlin wall clock on both sides of the 2027 spring change', () => {
    expect(toMeetingInput(filled())).toMatchObject({ startsAt: '2027-03-25T17:00:00.000Z', endsAt: '2027-03-25T19:00:00.000Z' });
    const summer = toMeetingInput(filled({ startDate: '2027-04-01', endDate: '2027-04-02', endTime: '09:00' }));
    expect(summer).toMatchObject({ startsAt: '2027-04-01T16:00:00.000Z', endsAt: '2027-04-02T07:00:00.000Z' });
  });

  it('sends only what the format and registration use', () => {
    const online = toMeetingInput(filled({ format: 'ONLINE', onlineLink: ' https://meet.example.org/x ', municipalityId: 'm-1', capacity: '20' }));
    expect(online).toMatchObject({
      place: null,
      municipalityId: null,
      onlineLink: 'https://meet.example.org/x',
      capacity: null,
      registrationDeadline: null,
    });
    const open = toMeetingInput(
      filled({ registrationOpen: true, capacity: '20', perOrganisationCap: '', deadlineDate: '2027-03-20', deadlineTime: '' }),
    );
    expect(open).toMatchObject({ capacity: 20, perOrganisationCap: null, registrationDeadline: '2027-03-19T23:00:00.000Z', onlineLink: null });
  });

  it('round-trips a meeting from the API, its agenda in order', () => {
    const values = meetingValues(API_MEETING);
    expect(values).toMatchObject({ startDate: '2027-10-31', startTime: '02:30', endTime: '04:00', capacity: '12', municipalityId: 'mu' });
    expect(toMeetingInput(values)).toMatchObject({
      startsAt: '2027-10-31T00:30:00.000Z',
      agenda: [
        { title: 'Begrüßung', durationMinutes: 10, responsibleOrganisationId: null },
        { title: 'KI im Betrieb', durationMinutes: 60, responsibleOrganisationId: 'o' },
      ],
    });
  });

  it('keeps which of the two readings of the repeated autumn hour a stored time was (2027-10-31, 02:00–03:00 twice)', () => {
    const stored = (startsAt: string, registrationDeadline: string | null = null) =>
      meetingValues({ ...API_MEETING, startsAt, endsAt: '2027-10-31T03:00:00.000Z', registrationDeadline });
    const winter = stored('2027-10-31T01:30:00.000Z', '2027-10-31T01:15:00.000Z');
    expect(winter).toMatchObject({ startTime: '02:30', deadlineTime: '02:15', secondReading: { start: true, end: false, deadline: true } });
    expect(toMeetingInput(winter)).toMatchObject({
      startsAt: '2027-10-31T01:30:00.000Z',
      endsAt: '2027-10-31T03:00:00.000Z',
      registrationDeadline: '2027-10-31T01:15:00.000Z',
    });
    const summer = stored('2027-10-31T00:30:00.000Z');
    expect(summer.secondReading).toEqual({ start: false, end: false, deadline: false });
    expect(toMeetingInput(summer).startsAt).toBe('2027-10-31T00:30:00.000Z');
    // A changed time that is not repeated ignores the choice.
    expect(toMeetingInput({ ...winter, startTime: '03:30' }).startsAt).toBe('2027-10-31T02:30:00.000Z');
  });

  it('offers a choice only for a wall time that occurs twice', () => {
    expect(repeatedReadings('2027-10-31', '02:30')?.map((d) => d.toISOString())).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
    expect(repeatedReadings('2027-10-31', '03:00')).toBeNull();
    expect(repeatedReadings('2027-03-28', '02:30')).toBeNull();
    expect(repeatedReadings('', '02:30')).toBeNull();
    expect(repeatedReadings('2027-10-31', '2:30')).toBeNull();
  });

  it('moves agenda items up and down, and not past the ends', () => {
    const [a, b, c] = [emptyAgendaItem(), emptyAgendaItem(), emptyAgendaItem()];
    expect(moveAgendaItem([a!, b!, c!], 2, -1)).toEqual([a, c, b]);
    expect(moveAgendaItem([a!, b!, c!], 0, 1)).toEqual([b, a, c]);
    expect(moveAgendaItem([a!, b!, c!], 0, -1)).toEqual([a, b, c]);
    expect(moveAgendaItem([a!, b!, c!], 2, 1)).toEqual([a, b, c]);
  });
});

describe('checking a meeting before it is sent', () => {
  it('accepts a complete meeting', () => {
    expect(checkMeeting(filled(), true)).toEqual({});
  });

  it('finds what the API would refuse, at the fields', () => {
    const problems = checkMeeting(
      filled({
        organiser: null,
        title: 'ab',
        endTime: '17:00',
        format: 'HYBRID',
        place: '',
        onlineLink: 'http://unsicher.example.org',
        registrationOpen: true,
        capacity: '0',
        perOrganisationCap: 'zwei',
        deadlineDate: '2027-03-26',
        agenda: [{ ...emptyAgendaItem(), title: 'Begrüßung', durationMinutes: '3' }],
      }),
      true,
    );
    expect(Object.fromEntries(Object.entries(problems).map(([field, list]) => [field, list!.map((p) => p.key)]))).toEqual({
      organiser: ['organiserRequired'],
      title: ['titleLength'],
      endsAt: ['endBeforeStart'],
      place: ['placeLength'],
      onlineLink: ['linkInvalid'],
      capacity: ['capacityRange'],
      perOrganisationCap: ['capRange'],
      deadline: ['deadlineAfterStart'],
      'agenda.0.durationMinutes': ['minutesRange'],
    });
  });

  it('says when the agenda is longer than the meeting, and the organiser is fixed when editing', () => {
    const long = filled({ organiser: null, agenda: [{ ...emptyAgendaItem(), title: 'Alles', durationMinutes: '150' }] });
    expect(checkMeeting(long, false)).toEqual({ agenda: [{ key: 'agendaTooLong' }] });
  });
});

describe("the API's refusals at the fields", () => {
  const invalid = (problem: string) =>
    new GraphQLRequestError('Die Anmeldefrist muss vor dem Beginn enden.', ErrorCodes.MEETING_INVALID, {
      errors: [{ message: 'Die Anmeldefrist muss vor dem Beginn enden.', extensions: { code: ErrorCodes.MEETING_INVALID, problem } }],
    });

  it('puts MEETING_INVALID at the field its problem names', () => {
    expect(meetingServerIssues(invalid('DEADLINE_AFTER_START'))).toEqual({
      issues: { deadline: [{ message: 'Die Anmeldefrist muss vor dem Beginn enden.' }] },
      unmatched: [],
    });
    expect(Object.keys(meetingServerIssues(invalid('CAPACITY_BELOW_REGISTERED'))!.issues)).toEqual(['capacity']);
    expect(Object.keys(meetingServerIssues(invalid('PLACE_MISSING'))!.issues)).toEqual(['place']);
  });

  it('maps BAD_USER_INPUT paths (agenda items at the agenda), and leaves other errors to the form', () => {
    const bad = new GraphQLRequestError('Ungültige Eingabe in: agenda.1.durationMinutes, onlineLink, foo.', ErrorCodes.BAD_USER_INPUT, {
      errors: [
        {
          message: 'Ungültige Eingabe in: agenda.1.durationMinutes, onlineLink, foo.',
          extensions: { code: ErrorCodes.BAD_USER_INPUT, fields: [{ field: 'agenda.1.durationMinutes' }, { field: 'onlineLink' }, { field: 'foo' }] },
        },
      ],
    });
    expect(meetingServerIssues(bad)).toEqual({
      issues: { agenda: [{ key: 'invalid' }], onlineLink: [{ key: 'invalid' }] },
      unmatched: ['Ungültige Eingabe in: agenda.1.durationMinutes, onlineLink, foo.'],
    });
    expect(meetingServerIssues(new GraphQLRequestError('Nur Mitglieder', ErrorCodes.NOT_ORGANISATION_MEMBER))).toEqual({
      issues: { organiser: [{ message: 'Nur Mitglieder' }] },
      unmatched: [],
    });
    expect(meetingServerIssues(new GraphQLRequestError('Abgesagt', ErrorCodes.MEETING_CANCELLED))).toBeNull();
    expect(meetingServerIssues(new Error('boom'))).toBeNull();
  });
});
