import { graphql } from '../../../gql';

// --- queries -----------------------------------------------------------------------------------

export const SkillSearchDocument = graphql(`
  query SkillSearch($search: String, $first: Int!) {
    skills(search: $search, first: $first) {
      totalCount
      edges {
        node {
          ...SkillOptionFields
        }
      }
    }
  }
`);

export const NeedsDocument = graphql(`
  query Needs($first: Int!, $after: String, $filter: NeedFilter, $sort: BoardSort!) {
    needs(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...NeedSummaryFields
        }
      }
    }
  }
`);

export const OffersDocument = graphql(`
  query Offers($first: Int!, $after: String, $filter: OfferFilter, $sort: BoardSort!) {
    offers(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...OfferSummaryFields
        }
      }
    }
  }
`);

export const NeedDocument = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedSummaryFields
      description
      publishedAt
    }
  }
`);

export const OfferDocument = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferSummaryFields
      description
      publishedAt
    }
  }
`);

export const MyNeedsDocument = graphql(`
  query MyNeeds($status: NeedStatus) {
    myNeeds(status: $status) {
      ...NeedSummaryFields
    }
  }
`);

export const MyOffersDocument = graphql(`
  query MyOffers($status: OfferStatus) {
    myOffers(status: $status) {
      ...OfferSummaryFields
    }
  }
`);

export const NeedMatchesDocument = graphql(`
  query NeedMatches($needId: ID!, $first: Int!) {
    needMatches(needId: $needId, first: $first) {
      ...OfferMatchFields
    }
  }
`);

export const OfferMatchesDocument = graphql(`
  query OfferMatches($offerId: ID!, $first: Int!) {
    offerMatches(offerId: $offerId, first: $first) {
      ...NeedMatchFields
    }
  }
`);

/** Pending requests to my side: the header's badge (only the count is read). */
export const OpenContactRequestCountDocument = graphql(`
  query OpenContactRequestCount {
    contactRequests(box: INBOX, status: PENDING, first: 1) {
      totalCount
    }
  }
`);

export const ContactRequestsDocument = graphql(`
  query ContactRequests($box: ContactBox!, $status: ContactRequestStatus, $first: Int!, $after: String) {
    contactRequests(box: $box, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...ContactRequestFields
        }
      }
    }
  }
`);

// --- mutations ---------------------------------------------------------------------------------

export const CreateNeedDocument = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      id
    }
  }
`);

export const UpdateNeedDocument = graphql(`
  mutation UpdateNeed($id: ID!, $input: NeedInput!) {
    updateNeed(id: $id, input: $input) {
      id
    }
  }
`);

export const PublishNeedDocument = graphql(`
  mutation PublishNeed($id: ID!) {
    publishNeed(id: $id) {
      id
      status
      expiresAt
    }
  }
`);

export const RenewNeedDocument = graphql(`
  mutation RenewNeed($id: ID!) {
    renewNeed(id: $id) {
      id
      status
      expiresAt
    }
  }
`);

export const CloseNeedDocument = graphql(`
  mutation CloseNeed($id: ID!, $outcome: NeedOutcome!) {
    closeNeed(id: $id, outcome: $outcome) {
      id
      status
    }
  }
`);

export const CreateOfferDocument = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
    }
  }
`);

export const UpdateOfferDocument = graphql(`
  mutation UpdateOffer($id: ID!, $input: OfferInput!) {
    updateOffer(id: $id, input: $input) {
      id
    }
  }
`);

export const PublishOfferDocument = graphql(`
  mutation PublishOffer($id: ID!) {
    publishOffer(id: $id) {
      id
      status
    }
  }
`);

export const CloseOfferDocument = graphql(`
  mutation CloseOffer($id: ID!) {
    closeOffer(id: $id) {
      id
      status
    }
  }
`);

export const RequestContactDocument = graphql(`
  mutation RequestContact($input: RequestContactInput!) {
    requestContact(input: $input) {
      id
      status
    }
  }
`);

export const AnswerContactRequestDocument = graphql(`
  mutation AnswerContactRequest($id: ID!, $accept: Boolean!) {
    answerContactRequest(id: $id, accept: $accept) {
      ...ContactRequestFields
    }
  }
`);

export const WithdrawContactRequestDocument = graphql(`
  mutation WithdrawContactRequest($id: ID!) {
    withdrawContactRequest(id: $id) {
      ...ContactRequestFields
    }
  }
`);
