import { graphql } from '../gql';

/**
 * @public A fragment every paginated query spreads (`pageInfo { ...PageInfoFields }`); codegen reads
 * it here and appends it to the documents that use it.
 */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
