import { graphql } from '../../../gql';

/**
 * An invitation as "Meine Einladungen" and the meeting page show it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const MyMeetingInvitationFieldsFragment = graphql(`
  fragment MyMeetingInvitationFields on MeetingInvitation {
    id
    answer
    officeTitle
    answeredByName
    deputyName
    organisation {
      id
      name
    }
    meeting {
      ...MeetingSummaryFields
    }
  }
`);

export const MyMeetingInvitationsDocument = graphql(`
  query MyMeetingInvitations {
    myMeetingInvitations {
      ...MyMeetingInvitationFields
    }
  }
`);

export const DeputyCandidatesDocument = graphql(`
  query DeputyCandidates {
    me {
      id
    }
    myOrganisations {
      id
      members {
        userId
        name
      }
    }
  }
`);

export const AnswerMeetingInvitationDocument = graphql(`
  mutation AnswerMeetingInvitation($input: AnswerMeetingInvitationInput!) {
    answerMeetingInvitation(input: $input) {
      ...MyMeetingInvitationFields
    }
  }
`);
