import { graphql } from '../../../gql';

export const UnverifiedOrganisationsDocument = graphql(`
  query UnverifiedOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after, filter: { verified: false }) {
      totalCount
      pageInfo {
        ...PageInfoFields
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
        ...PageInfoFields
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

export const PeopleDocument = graphql(`
  query People($first: Int!, $after: String, $filter: PersonFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          name
          email
          emailVerified
          grantedRoles
          offices
          memberships {
            organisationId
            organisationName
            role
          }
        }
      }
    }
  }
`);

export const GrantRoleDocument = graphql(`
  mutation GrantRole($userId: ID!, $role: PlatformRole!) {
    grantRole(userId: $userId, role: $role)
  }
`);

export const WithdrawRoleDocument = graphql(`
  mutation WithdrawRole($userId: ID!, $role: PlatformRole!) {
    withdrawRole(userId: $userId, role: $role)
  }
`);

export const OfficesDocument = graphql(`
  query Offices {
    offices {
      ...OfficeFields
    }
  }
`);

/** @public A fragment: the operations below spread it; codegen reads it here. */
export const OfficeFieldsFragment = graphql(`
  fragment OfficeFields on Office {
    id
    organisationId
    organisationName
    title
    role
    holder {
      ...OfficeTermFields
    }
    history {
      ...OfficeTermFields
    }
  }
`);

/** @public A fragment: the operations below spread it; codegen reads it here. */
export const OfficeTermFieldsFragment = graphql(`
  fragment OfficeTermFields on OfficeTermInfo {
    userId
    holderName
    startedAt
    endedAt
  }
`);

export const CreateOfficeDocument = graphql(`
  mutation CreateOffice($input: CreateOfficeInput!) {
    createOffice(input: $input) {
      ...OfficeFields
    }
  }
`);

export const HandOverOfficeDocument = graphql(`
  mutation HandOverOffice($officeId: ID!, $successorUserId: ID!) {
    handOverOffice(officeId: $officeId, successorUserId: $successorUserId) {
      ...OfficeFields
    }
  }
`);

export const ProjectProposalsDocument = graphql(`
  query ProjectProposals {
    projectProposals {
      id
      slug
      title
      description
      goal
      regions
      startsOn
      endsOn
      openForParticipants
      topicField {
        key
        title
      }
      lead {
        id
        name
      }
    }
  }
`);

export const DecideProjectProposalDocument = graphql(`
  mutation DecideProjectProposal($id: ID!, $accept: Boolean!, $reason: String) {
    decideProjectProposal(id: $id, accept: $accept, reason: $reason) {
      id
      approval
    }
  }
`);
