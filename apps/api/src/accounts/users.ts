import type { Locale, MembershipRole, PlatformRole, Prisma, User } from '@wiw/db';

/** E-mail addresses are compared and stored trimmed and lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export interface NewUser {
  email: string;
  name: string;
  locale?: Locale;
  /** argon2id hash (PasswordHasher.hash) of the person's password, or of a random one nobody knows. */
  passwordHash: string;
  /** Set when the address is known to be theirs (invitation link, administrator's CLI, demo). */
  emailVerifiedAt?: Date | null;
  roles?: readonly PlatformRole[];
  membership?: { organisationId: string; role: MembershipRole };
}

/**
 * The one place that creates accounts (sign-up, invitation, first administrator, demo data):
 * address normalised, name trimmed, roles and a first membership in the same write. Runs in the
 * caller's transaction.
 */
export function createUser(tx: Prisma.TransactionClient, user: NewUser): Promise<User> {
  return tx.user.create({
    data: {
      email: normaliseEmail(user.email),
      name: user.name.trim(),
      ...(user.locale ? { locale: user.locale } : {}),
      passwordHash: user.passwordHash,
      emailVerifiedAt: user.emailVerifiedAt ?? null,
      ...(user.roles?.length ? { roles: { create: user.roles.map((role) => ({ role })) } } : {}),
      ...(user.membership ? { memberships: { create: user.membership } } : {}),
    },
  });
}
