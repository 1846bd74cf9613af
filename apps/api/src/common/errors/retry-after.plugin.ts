import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { GraphQLContext } from '../graphql/context';

/** Codes that mean "not now, the same request later": the portal is busy or its database away. */
const RETRY_CODES = new Set(['TRY_AGAIN', 'SERVICE_UNAVAILABLE']);

/**
 * A GraphQL answer carrying TRY_AGAIN or SERVICE_UNAVAILABLE also says when to try again as an
 * HTTP `Retry-After` header (the longest `retryAfterSeconds` of those errors), for clients,
 * proxies and load tools that look at headers, not at the body. The status stays 200.
 */
export const retryAfterPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        let seconds = 0;
        for (const error of response.body.singleResult.errors ?? []) {
          const after = error.extensions?.retryAfterSeconds;
          if (RETRY_CODES.has(String(error.extensions?.code)) && typeof after === 'number') seconds = Math.max(seconds, after);
        }
        if (seconds > 0) response.http.headers.set('retry-after', String(Math.ceil(seconds)));
      },
    };
  },
};
