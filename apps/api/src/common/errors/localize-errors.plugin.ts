// Nest's Apollo driver is ESM, so its option types come from @apollo/server's ESM declarations.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { GraphQLContext } from '../graphql/context';
import type { Locale } from '../i18n/locale';
import { requestErrorMessages, translationOf } from './format-error';

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

/**
 * Apollo refuses some requests before its plugins run (CSRF prevention, a body without a query).
 * Their answers carry a request-error code and our German text; this switches them to English
 * when the caller asked for it. Only error answers (status >= 400) of /graphql are looked at.
 */
export function localizeRefusedRequest(payload: string, locale: Locale): string {
  if (locale !== 'en') return payload;
  try {
    const body = JSON.parse(payload) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (!Array.isArray(body.errors)) return payload;
    for (const error of body.errors) {
      const messages = requestErrorMessages(error.extensions?.code);
      if (messages && error.message === messages.de) error.message = messages.en;
    }
    return JSON.stringify(body);
  } catch {
    return payload;
  }
}
