import { graphql } from '../../../gql';

/** The counts for the filter's labels. */
export const MailOutboxCountsDocument = graphql(`
  query MailOutboxCounts {
    mailOutbox {
      pending
      failed
    }
  }
`);

export const OutboxMailsDocument = graphql(`
  query OutboxMails($status: OutboxStatus!, $first: Int!, $after: String) {
    outboxMails(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          template
          recipient
          locale
          status
          attempts
          lastError
          createdAt
          nextAttemptAt
        }
      }
    }
  }
`);

export const RetryMailDocument = graphql(`
  mutation RetryMail($id: ID!) {
    retryMail(id: $id) {
      id
      status
      attempts
    }
  }
`);
