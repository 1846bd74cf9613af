// Nest's Apollo driver is ESM, so its option types come from @apollo/server's ESM declarations.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { GraphQLContext } from '../graphql/context';
import { translationOf } from './format-error';

/** Puts every error message into the caller's language (Accept-Language; German by default). */
export const localizeErrorsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        if (contextValue.locale !== 'en' || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        response.body.singleResult = {
          ...response.body.singleResult,
          errors: errors.map((error) => {
            const translation = translationOf(error);
            return translation ? { ...error, message: translation.en } : error;
          }),
        };
      },
    };
  },
};
