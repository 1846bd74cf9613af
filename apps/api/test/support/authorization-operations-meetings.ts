import type { Operation } from './authorization-operations';
import { NO_ID, enumValue, mutationFor, queryFor } from './authorization-documents';

/** What a meeting says (create adds its owner). */
const MEETING_INPUT = {
  title: 'Lenkungsrunde',
  kind: enumValue('STEERING_ROUND'),
  startsAt: '2027-01-05T09:00:00Z',
  endsAt: '2027-01-05T11:00:00Z',
  format: enumValue('IN_PERSON'),
  place: 'Rathaus',
  visibility: enumValue('PUBLIC'),
};

/** The authorization matrix's rows for partnership meetings: calendar, registration, invitations, the organisers' tools. */
export const MEETING_OPERATIONS: Record<string, Operation> = {
  'Query.meetings': { access: 'public', document: queryFor('meetings', { first: 1 }, '{ totalCount }') },
  'Query.meeting': { access: 'public', document: queryFor('meeting', { id: NO_ID }) },
  'Query.myMeetingRegistrations': { access: 'signed-in', document: '{ myMeetingRegistrations { id } }' },
  'Query.myMeetingInvitations': { access: 'signed-in', document: '{ myMeetingInvitations { id } }' },
  'Mutation.createMeeting': {
    access: 'signed-in',
    document: mutationFor('createMeeting', { input: { organiserId: NO_ID, ...MEETING_INPUT } }),
  },
  'Mutation.updateMeeting': {
    access: 'signed-in',
    document: mutationFor('updateMeeting', { id: NO_ID, input: MEETING_INPUT }),
  },
  'Mutation.registerForMeeting': {
    access: 'signed-in',
    document: mutationFor('registerForMeeting', { input: { meetingId: NO_ID, organisationId: NO_ID } }),
  },
  'Mutation.cancelMeetingRegistration': {
    access: 'signed-in',
    document: mutationFor('cancelMeetingRegistration', { id: NO_ID }),
  },
  'Mutation.inviteToMeeting': {
    access: 'signed-in',
    document: mutationFor('inviteToMeeting', { input: { meetingId: NO_ID } }),
  },
  'Mutation.answerMeetingInvitation': {
    access: 'signed-in',
    document: mutationFor('answerMeetingInvitation', { input: { invitationId: NO_ID, answer: enumValue('YES') } }),
  },
  'Query.invitableOffices': { access: 'signed-in', document: '{ invitableOffices { id } }' },
  'Query.meetingParticipants': { access: 'signed-in', document: queryFor('meetingParticipants', { meetingId: NO_ID }) },
  'Mutation.markMeetingAttendance': {
    access: 'signed-in',
    document: mutationFor('markMeetingAttendance', { input: { registrationId: NO_ID, attendance: enumValue('PRESENT') } }),
  },
  'Mutation.checkInToMeeting': {
    access: 'signed-in',
    document: mutationFor('checkInToMeeting', { input: { meetingId: NO_ID, code: 'ABCD2345' } }),
  },
  'Mutation.cancelMeeting': {
    access: 'signed-in',
    document: mutationFor('cancelMeeting', { input: { id: NO_ID, reason: 'Fällt aus.' } }),
  },
  'Mutation.publishMeetingMinutes': {
    access: 'signed-in',
    document: 'mutation { publishMeetingMinutes(input: { meetingId: "00000000-0000-4000-8000-000000000000", items: [] }) { id } }',
  },
};
