import { graphql } from '../../../gql';

export const TopicFieldsDocument = graphql(`
  query TopicFields {
    topicFields {
      key
      position
      title
      goal
      progress
      projectCount
    }
  }
`);

export const TopicFieldDocument = graphql(`
  query TopicField($key: String!) {
    topicField(key: $key) {
      key
      title
      description
      goal
      progress
      projectCount
      projects {
        id
        slug
        title
        description
        status
        startsOn
        progress
        lead {
          id
          name
        }
        participants {
          role
          organisation {
            id
            name
          }
        }
        milestones {
          id
          title
          dueOn
          doneAt
          done
          overdue
        }
      }
    }
  }
`);
