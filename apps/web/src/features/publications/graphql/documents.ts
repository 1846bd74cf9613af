import { graphql } from '../../../gql';

/**
 * A news item with its provenance, as list, page, editor and queue show it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const NewsItemFieldsFragment = graphql(`
  fragment NewsItemFields on NewsItem {
    id
    status
    title
    teaser
    body
    language
    links
    version
    authorName
    topicField
    organisation {
      id
      name
    }
    office {
      id
      name
    }
    project {
      id
      name
    }
    meeting {
      id
      name
    }
    media {
      title
      sourceUrl
      licence
      publicFunds
      producedBy
    }
    promotion {
      cents
      budgetLine
    }
    approval {
      role
      office {
        id
        name
      }
      approverName
      approvedAt
    }
    versions {
      version
      title
      reason
      createdAt
    }
    submittedAt
    publishedAt
    withdrawnAt
    withdrawalReason
    sentBack {
      comment
      role
      sentBackAt
    }
  }
`);

/**
 * A figure of the transparency report and the items behind it.
 * @public A fragment: the report query spreads it; codegen reads it here.
 */
export const ReportFigureFieldsFragment = graphql(`
  fragment ReportFigureFields on ReportFigure {
    count
    items {
      id
      name
    }
  }
`);

export const NewsItemsDocument = graphql(`
  query NewsItems($filter: NewsFilter, $first: Int!, $after: String) {
    newsItems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...NewsItemFields
        }
      }
    }
  }
`);

export const NewsItemDocument = graphql(`
  query NewsItem($id: ID!) {
    newsItem(id: $id) {
      ...NewsItemFields
      viewerCan {
        correct
        withdraw
      }
    }
  }
`);

export const NewsPublishersDocument = graphql(`
  query NewsPublishers {
    newsPublishers {
      organisations {
        id
        name
      }
      offices {
        id
        name
      }
    }
  }
`);

export const MyNewsDocument = graphql(`
  query MyNews {
    myNewsItems {
      ...NewsItemFields
    }
    myNewsOffices {
      id
      name
      organisationId
    }
    myOrganisations {
      id
      name
    }
  }
`);

export const NewsApprovalQueueDocument = graphql(`
  query NewsApprovalQueue {
    newsApprovalQueue {
      ...NewsItemFields
    }
  }
`);

export const CreateNewsDraftDocument = graphql(`
  mutation CreateNewsDraft($input: NewsDraftInput!) {
    createNewsDraft(input: $input) {
      ...NewsItemFields
    }
  }
`);

export const SubmitNewsItemDocument = graphql(`
  mutation SubmitNewsItem($id: ID!) {
    submitNewsItem(id: $id) {
      ...NewsItemFields
    }
  }
`);

export const ApproveNewsItemDocument = graphql(`
  mutation ApproveNewsItem($id: ID!) {
    approveNewsItem(id: $id) {
      ...NewsItemFields
    }
  }
`);

export const UpdateNewsDraftDocument = graphql(`
  mutation UpdateNewsDraft($id: ID!, $input: NewsDraftInput!) {
    updateNewsDraft(id: $id, input: $input) {
      ...NewsItemFields
    }
  }
`);

export const SendBackNewsItemDocument = graphql(`
  mutation SendBackNewsItem($id: ID!, $comment: String!) {
    sendBackNewsItem(id: $id, comment: $comment) {
      ...NewsItemFields
    }
  }
`);

export const CorrectNewsItemDocument = graphql(`
  mutation CorrectNewsItem($id: ID!, $input: NewsCorrectionInput!) {
    correctNewsItem(id: $id, input: $input) {
      ...NewsItemFields
    }
  }
`);

export const WithdrawNewsItemDocument = graphql(`
  mutation WithdrawNewsItem($id: ID!, $reason: String!) {
    withdrawNewsItem(id: $id, reason: $reason) {
      ...NewsItemFields
    }
  }
`);

export const TransparencyReportDocument = graphql(`
  query TransparencyReport($year: Int!, $quarter: Int) {
    transparencyReport(year: $year, quarter: $quarter) {
      year
      quarter
      rows {
        organisation {
          id
          name
        }
        office {
          id
          name
        }
        published {
          ...ReportFigureFields
        }
        approvedByCoordinator {
          ...ReportFigureFields
        }
        approvedByOfficeHolder {
          ...ReportFigureFields
        }
        officeHolderNames
        promoted {
          ...ReportFigureFields
        }
        promotionCents
        budgetLines {
          budgetLine
          cents
          items {
            ...ReportFigureFields
          }
        }
        publicMedia {
          ...ReportFigureFields
        }
        reusedMedia {
          title
          sourceUrl
          reusedIn {
            id
            name
          }
        }
        corrections {
          ...ReportFigureFields
        }
      }
    }
  }
`);
