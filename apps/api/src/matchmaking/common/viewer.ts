import type { AuthState } from '../../common/graphql/context';

/** The joint office and administrators see every entry, including drafts and closed ones. */
export function seesAll(user: AuthState['user'] | null | undefined): boolean {
  return user?.roles.some((held) => held.role === 'COORDINATOR' || held.role === 'ADMIN') ?? false;
}
