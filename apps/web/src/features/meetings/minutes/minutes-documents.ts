import { graphql } from '../../../gql';

/** The projects of every topic field, for choosing where a decision leads. */
export const MinutesProjectsDocument = graphql(`
  query MinutesProjects {
    topicFields {
      key
      projects {
        id
        title
        milestones {
          id
          title
          done
        }
        participants {
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const PublishMeetingMinutesDocument = graphql(`
  mutation PublishMeetingMinutes($input: PublishMeetingMinutesInput!) {
    publishMeetingMinutes(input: $input) {
      id
      minutes {
        version
      }
    }
  }
`);
