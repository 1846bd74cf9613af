import type { PrismaClient } from '@wiw/db';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit';
import type { PasswordHasher } from './password';
import { issuePasswordResetLink } from './password-reset-link';
import { revokeAllSessions } from './sessions.service';
import { createUser, normaliseEmail } from './users';

/** How long the printed link works: the operator passes it on, so longer than a mailed reset link. */
export const ADMIN_LINK_HOURS = 24;
/** Name of a new administrator account when --name is not given. */
export const DEFAULT_ADMIN_NAME = 'Administration';

export type AdminOutcome = 'created' | 'promoted' | 'renewed';

export interface AdminLink {
  outcome: AdminOutcome;
  email: string;
  /** One-time link to set the password (the reset-password page of the web client). */
  link: string;
  expiresAt: Date;
}

/** The address already belongs to an administrator and --force was not given. */
export class AdminExistsError extends Error {
  constructor(email: string) {
    super(`${email} is already an administrator. Run again with --force to issue a new link (earlier links stop working).`);
    this.name = 'AdminExistsError';
  }
}

/**
 * Creates the administrator (or makes an existing account one), with a confirmed address, and
 * issues a one-time link to set the password. The account has no usable password until then: its
 * hash is of a random secret nobody keeps. Promoting an account whose address was never confirmed
 * also replaces its password and ends its sessions, since whoever registered the address may not
 * own it. Earlier unused links stop working. One transaction, audited with "cli" as the actor.
 */
export async function createAdmin(
  prisma: PrismaClient,
  passwords: PasswordHasher,
  input: { email: string; name?: string; force: boolean; publicUrl: string },
): Promise<AdminLink> {
  const email = normaliseEmail(input.email);
  const nobodysPasswordHash = await passwords.hash(randomBytes(32).toString('base64url'));
  const audit = new AuditService();
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const existing = await tx.user.findUnique({ where: { email }, include: { roles: true } });
    if (existing?.deletedAt) throw new Error(`${email} belonged to an account that was deleted: use another address.`);
    const wasAdmin = existing?.roles.some((held) => held.role === 'ADMIN') ?? false;
    if (wasAdmin && !input.force) throw new AdminExistsError(email);

    let userId: string;
    const changes: Record<string, unknown> = { via: 'cli', command: 'create-admin', email, role: 'ADMIN' };
    if (!existing) {
      const user = await createUser(tx, {
        email,
        name: input.name?.trim() || DEFAULT_ADMIN_NAME,
        passwordHash: nobodysPasswordHash,
        emailVerifiedAt: now,
        roles: ['ADMIN'],
      });
      userId = user.id;
    } else {
      userId = existing.id;
      await tx.userRole.createMany({ data: [{ userId, role: 'ADMIN' }], skipDuplicates: true });
      if (!existing.emailVerifiedAt) {
        await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now, passwordHash: nobodysPasswordHash } });
        changes.unconfirmedAccountReset = true;
        changes.sessionsEnded = await revokeAllSessions(tx, userId);
      }
    }
    const outcome: AdminOutcome = !existing ? 'created' : wasAdmin ? 'renewed' : 'promoted';
    await tx.emailToken.updateMany({ where: { userId, purpose: 'RESET_PASSWORD', usedAt: null }, data: { usedAt: now } });
    const { link, expiresAt } = await issuePasswordResetLink(tx, userId, input.publicUrl, ADMIN_LINK_HOURS * 60);
    await audit.record(tx, {
      actorUserId: null,
      action: `admin.${outcome}`,
      entityType: 'User',
      entityId: userId,
      changes: { ...changes, linkExpiresAt: expiresAt.toISOString() },
      requestId: 'cli',
    });
    return { outcome, email, link, expiresAt };
  });
}
