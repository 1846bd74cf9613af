import type { Operation } from './authorization-operations';

/** The authorization matrix's rows for partnership meetings: calendar, registration, invitations, the organisers' tools. */
export const MEETING_OPERATIONS: Record<string, Operation> = {
  'Query.meetings': { access: 'public', document: '{ meetings(first: 1) { totalCount } }' },
  'Query.meeting': { access: 'public', document: '{ meeting(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.myMeetingRegistrations': { access: 'signed-in', document: '{ myMeetingRegistrations { id } }' },
  'Query.myMeetingInvitations': { access: 'signed-in', document: '{ myMeetingInvitations { id } }' },
  'Mutation.createMeeting': {
    access: 'signed-in',
    document:
      'mutation { createMeeting(input: { organiserId: "00000000-0000-4000-8000-000000000000", title: "Lenkungsrunde", kind: STEERING_ROUND, startsAt: "2027-01-05T09:00:00Z", endsAt: "2027-01-05T11:00:00Z", format: IN_PERSON, place: "Rathaus", visibility: PUBLIC }) { id } }',
  },
  'Mutation.updateMeeting': {
    access: 'signed-in',
    document:
      'mutation { updateMeeting(id: "00000000-0000-4000-8000-000000000000", input: { title: "Lenkungsrunde", kind: STEERING_ROUND, startsAt: "2027-01-05T09:00:00Z", endsAt: "2027-01-05T11:00:00Z", format: IN_PERSON, place: "Rathaus", visibility: PUBLIC }) { id } }',
  },
  'Mutation.registerForMeeting': {
    access: 'signed-in',
    document:
      'mutation { registerForMeeting(input: { meetingId: "00000000-0000-4000-8000-000000000000", organisationId: "00000000-0000-4000-8000-000000000000" }) { id } }',
  },
  'Mutation.cancelMeetingRegistration': {
    access: 'signed-in',
    document: 'mutation { cancelMeetingRegistration(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.inviteToMeeting': {
    access: 'signed-in',
    document: 'mutation { inviteToMeeting(input: { meetingId: "00000000-0000-4000-8000-000000000000" }) { id } }',
  },
  'Mutation.answerMeetingInvitation': {
    access: 'signed-in',
    document: 'mutation { answerMeetingInvitation(input: { invitationId: "00000000-0000-4000-8000-000000000000", answer: YES }) { id } }',
  },
  'Query.invitableOffices': { access: 'signed-in', document: '{ invitableOffices { id } }' },
  'Query.meetingParticipants': { access: 'signed-in', document: '{ meetingParticipants(meetingId: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.markMeetingAttendance': {
    access: 'signed-in',
    document: 'mutation { markMeetingAttendance(input: { registrationId: "00000000-0000-4000-8000-000000000000", attendance: PRESENT }) { id } }',
  },
  'Mutation.checkInToMeeting': {
    access: 'signed-in',
    document: 'mutation { checkInToMeeting(input: { meetingId: "00000000-0000-4000-8000-000000000000", code: "ABCD2345" }) { id } }',
  },
  'Mutation.cancelMeeting': {
    access: 'signed-in',
    document: 'mutation { cancelMeeting(input: { id: "00000000-0000-4000-8000-000000000000", reason: "Fällt aus." }) { id } }',
  },
  'Mutation.publishMeetingMinutes': {
    access: 'signed-in',
    document: 'mutation { publishMeetingMinutes(input: { meetingId: "00000000-0000-4000-8000-000000000000", items: [] }) { id } }',
  },
};
