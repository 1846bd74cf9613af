import { graphql } from '../../../gql';

/**
 * A meeting as the calendar list shows it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const MeetingSummaryFieldsFragment = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    title
    kind
    startsAt
    endsAt
    format
    place
    visibility
    status
    capacity
    seatsLeft
    registrationOpen
    municipality {
      id
      name
    }
    organiser {
      id
      name
    }
    topicFields {
      key
      title
    }
  }
`);

/**
 * A registration as the meeting page shows it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const MeetingRegistrationFieldsFragment = graphql(`
  fragment MeetingRegistrationFields on MeetingRegistration {
    id
    status
    code
    waitlistPosition
    organisation {
      id
      name
    }
  }
`);

/**
 * A decision as the meeting page shows it: its texts (the editor corrects them) and where it led.
 * @public A fragment: the meeting query spreads it; codegen reads it here.
 */
export const MeetingDecisionFieldsFragment = graphql(`
  fragment MeetingDecisionFields on MeetingDecision {
    id
    number
    text
    textDe
    textEn
    project {
      id
      slug
      title
    }
    milestone {
      id
      title
      dueOn
      done
      overdue
    }
  }
`);

export const MeetingsDocument = graphql(`
  query Meetings($filter: MeetingFilter, $first: Int!, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MeetingSummaryFields
        }
      }
    }
  }
`);

export const MeetingDocument = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingSummaryFields
      description
      onlineLink
      waitlistEnabled
      registrationDeadline
      registeredCount
      waitlistCount
      viewerCanEdit
      cancelReason
      cancelledAt
      updatedAt
      agenda {
        id
        position
        title
        description
        durationMinutes
        responsibleOrganisation {
          id
          name
        }
        minutes
        decisions {
          ...MeetingDecisionFields
        }
      }
      minutes {
        publishedAt
        correctedAt
        version
      }
      viewerRegistration {
        ...MeetingRegistrationFields
      }
    }
  }
`);

export const RegistrationOrganisationsDocument = graphql(`
  query RegistrationOrganisations {
    myOrganisations {
      id
      name
    }
  }
`);

export const RegisterForMeetingDocument = graphql(`
  mutation RegisterForMeeting($input: RegisterForMeetingInput!) {
    registerForMeeting(input: $input) {
      ...MeetingRegistrationFields
    }
  }
`);

export const CancelMeetingRegistrationDocument = graphql(`
  mutation CancelMeetingRegistration($id: ID!) {
    cancelMeetingRegistration(id: $id) {
      id
      status
    }
  }
`);
