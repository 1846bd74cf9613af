import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../lib/graphql-client';
import {
  emptyFormatValues,
  formatFormValues,
  formatServerIssues,
  isMeetingLink,
  toCreateFormatInput,
  toFormatInput,
  validateFormat,
  type FormatFormValues,
} from './format-form';
import { formatNode, IHK } from './test/fixtures';
import { ErrorCodes } from '../../lib/error-codes';

const filled = (overrides: Partial<FormatFormValues> = {}): FormatFormValues => ({
  ...emptyFormatValues(IHK),
  title: 'Erstberatung Fördermittel',
  topicField: 'RECOVERY',
  meetingLink: 'https://meet.example.org/raum',
  ...overrides,
});

const codes = (issues: ReturnType<typeof validateFormat>) =>
  Object.fromEntries(
    Object.entries(issues).map(([field, list]) => [field, (list ?? []).map((issue) => ('code' in issue ? issue.code : issue.message))]),
  );

describe('validateFormat', () => {
  it('accepts a complete format with the API defaults', () => {
    expect(validateFormat(filled(), { creating: true })).toEqual({});
  });

  it('checks the limits of the API', () => {
    const issues = validateFormat(
      filled({
        organisationId: '',
        title: 'ab',
        description: 'x'.repeat(3001),
        topicField: '',
        durationMinutes: '62',
        kind: 'GROUP',
        capacity: '1',
        bufferBeforeMinutes: '241',
        bufferAfterMinutes: '-1',
        minimumNoticeHours: '721',
        bookingHorizonDays: '0',
        cancellationDeadlineHours: '1.5',
      }),
      { creating: true },
    );
    expect(codes(issues)).toEqual({
      organisationId: ['organisationRequired'],
      title: ['titleLength'],
      description: ['descriptionLength'],
      topicField: ['topicFieldRequired'],
      durationMinutes: ['durationRange'],
      capacity: ['capacityRange'],
      bufferBeforeMinutes: ['bufferRange'],
      bufferAfterMinutes: ['bufferRange'],
      minimumNoticeHours: ['noticeRange'],
      bookingHorizonDays: ['horizonRange'],
      cancellationDeadlineHours: ['deadlineRange'],
    });
  });

  it('accepts the bounds: 15 and 480 minutes, 200 seats, 365 days', () => {
    for (const durationMinutes of ['15', '480']) expect(validateFormat(filled({ durationMinutes }), { creating: false })).toEqual({});
    expect(validateFormat(filled({ durationMinutes: '10' }), { creating: false }).durationMinutes).toHaveLength(1);
    expect(validateFormat(filled({ durationMinutes: '485' }), { creating: false }).durationMinutes).toHaveLength(1);
    expect(validateFormat(filled({ kind: 'GROUP', capacity: '200', bookingHorizonDays: '365' }), { creating: false })).toEqual({});
    expect(validateFormat(filled({ kind: 'GROUP', capacity: '201' }), { creating: false }).capacity).toHaveLength(1);
  });

  it('asks for the address on site and for an https link online', () => {
    expect(codes(validateFormat(filled({ mode: 'ONSITE', location: 'IHK' }), { creating: false }))).toEqual({ location: ['locationLength'] });
    expect(validateFormat(filled({ mode: 'ONSITE', location: 'Koblenzer Str. 121, 57072 Siegen', meetingLink: '' }), { creating: false })).toEqual(
      {},
    );
    expect(codes(validateFormat(filled({ meetingLink: 'http://meet.example.org' }), { creating: false }))).toEqual({
      meetingLink: ['meetingLinkInvalid'],
    });
  });

  it('knows a meeting link when it sees one', () => {
    expect(isMeetingLink('https://meet.example.org/raum?pw=1')).toBe(true);
    expect(isMeetingLink('  https://meet.example.org  ')).toBe(true);
    expect(isMeetingLink('meet.example.org')).toBe(false);
    expect(isMeetingLink('https://localhost')).toBe(false);
    expect(isMeetingLink('https://meet.example.org/a b')).toBe(false);
    expect(isMeetingLink(`https://meet.example.org/${'a'.repeat(500)}`)).toBe(false);
  });
});

describe('inputs', () => {
  it('sends one-to-one as capacity 1 and only the place the mode needs', () => {
    const input = toCreateFormatInput(filled({ title: '  Erstberatung  ', location: 'Koblenzer Str. 121', capacity: '12' }));
    expect(input).toEqual({
      organisationId: IHK,
      title: 'Erstberatung',
      description: '',
      topicField: 'RECOVERY',
      durationMinutes: 60,
      capacity: 1,
      mode: 'REMOTE',
      location: null,
      meetingLink: 'https://meet.example.org/raum',
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeHours: 24,
      bookingHorizonDays: 60,
      cancellationDeadlineHours: 24,
    });
    expect(toFormatInput(filled({ kind: 'GROUP', capacity: '12', mode: 'ONSITE', location: 'Koblenzer Str. 121, Siegen' }))).toMatchObject({
      capacity: 12,
      mode: 'ONSITE',
      location: 'Koblenzer Str. 121, Siegen',
      meetingLink: null,
    });
  });

  it('turns a format back into form values (a group keeps its seats)', () => {
    expect(formatFormValues(formatNode({ capacity: 8 }))).toMatchObject({
      kind: 'GROUP',
      capacity: '8',
      topicField: 'RECOVERY',
      bufferAfterMinutes: '15',
      organisationId: IHK,
    });
    expect(formatFormValues(formatNode())).toMatchObject({
      kind: 'ONE_TO_ONE',
      meetingLink: 'https://meet.example.org/ihk-foerderung',
      location: '',
    });
  });
});

describe('formatServerIssues', () => {
  const error = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
    new GraphQLRequestError(message, code, { errors: [{ message, extensions: { code, ...extensions } }] });

  it('puts BAD_USER_INPUT fields into the form; unknown fields into the summary', () => {
    const mapped = formatServerIssues(
      error(ErrorCodes.BAD_USER_INPUT, 'Ungültige Eingabe.', {
        fields: [{ field: 'durationMinutes' }, { field: 'meetingLink' }, { field: 'somethingElse' }],
      }),
      'REMOTE',
    );
    expect(mapped).toEqual({
      issues: { durationMinutes: [{ code: 'durationRange' }], meetingLink: [{ code: 'meetingLinkInvalid' }] },
      unmatched: ['Ungültige Eingabe.'],
    });
  });

  it('puts organisation and mode errors where they belong; others stay alerts', () => {
    expect(formatServerIssues(error(ErrorCodes.ORGANISATION_NOT_VERIFIED, 'Noch nicht bestätigt.'), 'REMOTE')?.issues).toEqual({
      organisationId: [{ message: 'Noch nicht bestätigt.' }],
    });
    expect(formatServerIssues(error(ErrorCodes.FORMAT_MODE_INVALID, 'Vor Ort braucht eine Adresse.'), 'ONSITE')?.issues).toEqual({
      location: [{ message: 'Vor Ort braucht eine Adresse.' }],
    });
    expect(formatServerIssues(error(ErrorCodes.FORBIDDEN, 'Nein.'), 'REMOTE')).toBeNull();
    expect(formatServerIssues(new Error('boom'), 'REMOTE')).toBeNull();
  });
});
