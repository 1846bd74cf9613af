import { graphql } from '../../../gql';

/**
 * Everything the editor needs of a meeting to fill its form.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const MeetingEditFieldsFragment = graphql(`
  fragment MeetingEditFields on Meeting {
    id
    title
    description
    kind
    topicFieldKeys
    startsAt
    endsAt
    format
    place
    onlineLink
    visibility
    status
    registrationOpen
    capacity
    waitlistEnabled
    registrationDeadline
    perOrganisationCap
    viewerCanEdit
    organiser {
      id
      name
    }
    municipality {
      id
      name
    }
    agenda {
      id
      title
      description
      durationMinutes
      responsibleOrganisation {
        id
        name
      }
    }
  }
`);

export const MeetingForEditDocument = graphql(`
  query MeetingForEdit($id: ID!) {
    meeting(id: $id) {
      ...MeetingEditFields
    }
  }
`);

export const CreateMeetingDocument = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      ...MeetingEditFields
    }
  }
`);

export const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
      status
      cancelledAt
      cancelReason
    }
  }
`);

export const InvitableOfficesDocument = graphql(`
  query InvitableOffices {
    invitableOffices {
      id
      title
      organisationName
    }
  }
`);

/**
 * An invitation as the organiser sees it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const OrganiserInvitationFieldsFragment = graphql(`
  fragment OrganiserInvitationFields on MeetingInvitation {
    id
    answer
    officeTitle
    answeredByName
    answeredAt
    deputyName
    organisation {
      id
      name
    }
  }
`);

export const MeetingInvitationsDocument = graphql(`
  query MeetingInvitations($id: ID!) {
    meeting(id: $id) {
      id
      invitations {
        ...OrganiserInvitationFields
      }
    }
  }
`);

export const InviteToMeetingDocument = graphql(`
  mutation InviteToMeeting($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) {
      ...OrganiserInvitationFields
    }
  }
`);

/**
 * A registration as the organisers' list shows it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const ParticipantFieldsFragment = graphql(`
  fragment ParticipantFields on MeetingParticipant {
    id
    status
    arrivalNumber
    waitlistPosition
    code
    personName
    organisationName
    attendance
  }
`);

export const MeetingParticipantsDocument = graphql(`
  query MeetingParticipants($meetingId: ID!) {
    meetingParticipants(meetingId: $meetingId) {
      ...ParticipantFields
    }
  }
`);

export const MarkMeetingAttendanceDocument = graphql(`
  mutation MarkMeetingAttendance($input: MarkMeetingAttendanceInput!) {
    markMeetingAttendance(input: $input) {
      ...ParticipantFields
    }
  }
`);

export const CheckInToMeetingDocument = graphql(`
  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {
    checkInToMeeting(input: $input) {
      ...ParticipantFields
    }
  }
`);
