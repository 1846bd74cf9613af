import type { FastifyRequest } from 'fastify';
import type { Locale } from '../i18n/locale';
import type { Loaders } from '../loaders/loaders.factory';

/** What every resolver gets: the request, the caller's language and per-request DataLoaders. */
export interface GraphQLContext {
  req: FastifyRequest;
  locale: Locale;
  loaders: Loaders;
}
