import { graphql } from '../../gql';

/** The signed-in person (null when signed out): name, language and platform roles. */
export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      locale
      emailVerified
      roles
    }
  }
`);
