import { graphql } from '../../../gql';

/**
 * The published version as the page and the editor show it.
 * @public A fragment: the operations below spread it; codegen reads it here.
 */
export const LegalPageFieldsFragment = graphql(`
  fragment LegalPageFields on LegalPage {
    page
    version
    body
    bodyDe
    bodyEn
    updatedAt
  }
`);

export const LegalPageDocument = graphql(`
  query LegalPage($page: LegalPageKind!) {
    legalPage(page: $page) {
      ...LegalPageFields
    }
  }
`);

export const LegalPageHistoryDocument = graphql(`
  query LegalPageHistory($page: LegalPageKind!) {
    legalPageHistory(page: $page) {
      version
      savedAt
      authorName
      bodyDe
      bodyEn
    }
  }
`);

export const UpdateLegalPageDocument = graphql(`
  mutation UpdateLegalPage($input: UpdateLegalPageInput!) {
    updateLegalPage(input: $input) {
      ...LegalPageFields
    }
  }
`);
