import type { Session, User } from '@wiw/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../i18n/locale';
import type { Loaders } from '../loaders/loaders';

/** Who is calling: filled once per request by the AuthGuard (null when nobody is signed in). */
export interface AuthState {
  user: User & { roles: Array<{ role: string }> };
  session: Session;
}

/** What every resolver gets: the request, the caller's language and per-request DataLoaders. */
export interface GraphQLContext {
  req: FastifyRequest;
  reply: FastifyReply;
  locale: Locale;
  loaders: Loaders;
  /** undefined until the guard has looked at the session cookie. */
  auth?: AuthState | null;
}
