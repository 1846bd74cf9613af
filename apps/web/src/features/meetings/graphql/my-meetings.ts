import { graphql } from '../../../gql';

export const MyMeetingRegistrationsDocument = graphql(`
  query MyMeetingRegistrations {
    myMeetingRegistrations {
      ...MeetingRegistrationFields
      meeting {
        ...MeetingSummaryFields
      }
    }
  }
`);
