import { graphql } from '../../../gql';

export const UnverifiedOrganisationsDocument = graphql(`
  query UnverifiedOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after, filter: { verified: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          website
          municipality {
            id
            name
          }
        }
      }
    }
  }
`);

export const VerifyOrganisationDocument = graphql(`
  mutation VerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      id
      verified
    }
  }
`);

export const AuditEventsDocument = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          action
          entityType
          entityId
          actorUserId
          actingOrganisationId
          changes
        }
      }
    }
  }
`);
