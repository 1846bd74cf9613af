import type { AuthState } from '../graphql/context';

/**
 * Finds the live session for a session cookie's token. The accounts feature provides it (its
 * SessionsService), so the AuthGuard here depends on this contract, not on a feature.
 */
export abstract class SessionLookup {
  abstract resolve(token: string): Promise<AuthState | null>;
}
