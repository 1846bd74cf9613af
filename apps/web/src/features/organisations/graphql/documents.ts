import { graphql } from '../../../gql';

export const OrganisationsDocument = graphql(`
  query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          isMember
          isFictional
          municipality {
            id
            name
          }
          region {
            key
          }
        }
      }
    }
  }
`);

export const OrganisationDocument = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      shortName
      kind
      isMember
      isFictional
      industry
      sizeBand
      website
      description
      verified
      municipality {
        id
        name
      }
      region {
        key
        name
        side
        seat
      }
      participations {
        role
        project {
          id
          slug
          title
          status
          topicField {
            key
            title
          }
        }
      }
    }
  }
`);

export const DemoDataDocument = graphql(`
  query DemoData {
    demoData
  }
`);
