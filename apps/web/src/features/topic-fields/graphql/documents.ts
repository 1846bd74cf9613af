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

/**
 * Where a milestone came from: who is responsible and the meeting decision (issue 17).
 * @public A fragment: the topic-field and project queries spread it; codegen reads it here.
 */
export const MilestoneOriginFieldsFragment = graphql(`
  fragment MilestoneOriginFields on Milestone {
    responsibleOrganisation {
      id
      name
    }
    decision {
      number
      decidedAt
      meeting {
        id
        title
      }
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
          ...MilestoneOriginFields
        }
      }
    }
  }
`);
