import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { hashToken } from '../common/auth/tokens';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { OutboxService } from '../mail';
import { InvalidTokenError, WeakPasswordError, WrongPasswordError } from './accounts.errors';
import type { RequestMeta } from './accounts.service';
import { normaliseEmail } from './users';
import { checkPasswordPolicy, describePasswordProblems, PasswordHasher } from './password';
import { issuePasswordResetLink } from './password-reset-link';
import { SessionsService } from './sessions.service';

const RESET_TOKEN_MINUTES = 60;
/** At most this many reset mails per person and hour, so the form cannot be used to flood a mailbox. */
const MAX_RESET_MAILS_PER_HOUR = 3;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Forgotten and changed passwords. Every change ends the person's other sessions. */
@Injectable()
export class PasswordsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Sends a reset link if the address belongs to an account; answers the same either way. */
  async requestReset(email: string, meta: RequestMeta): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
    if (!user || user.deletedAt) return;
    const since = new Date(Date.now() - 3600_000);
    const recent = await this.prisma.emailToken.count({ where: { userId: user.id, purpose: 'RESET_PASSWORD', createdAt: { gt: since } } });
    if (recent >= MAX_RESET_MAILS_PER_HOUR) return;
    await this.prisma.$transaction(async (tx) => {
      const { link } = await issuePasswordResetLink(tx, user.id, this.config.publicUrl, RESET_TOKEN_MINUTES);
      await this.outbox.enqueue(tx, { template: 'reset-password', recipient: user.email, locale: user.locale, payload: { name: user.name, link } });
      await this.audit.record(tx, {
        actorUserId: user.id,
        action: 'password.reset_requested',
        entityType: 'User',
        entityId: user.id,
        requestId: meta.requestId,
      });
    });
  }

  /** Sets a new password with the single-use token from the mail; ends all sessions. */
  async reset(token: string, password: string, meta: RequestMeta): Promise<void> {
    if (!TOKEN_SHAPE.test(token)) throw new InvalidTokenError();
    const found = await this.prisma.emailToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    const now = new Date();
    if (!found || found.purpose !== 'RESET_PASSWORD' || found.usedAt || found.expiresAt <= now || found.user.deletedAt) throw new InvalidTokenError();
    this.assertStrong(password, found.user);
    const passwordHash = await this.passwords.hash(password);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.emailToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
      if (count !== 1) throw new InvalidTokenError();
      // The link reached the mailbox, so the address is confirmed as well.
      await tx.user.update({ where: { id: found.userId }, data: { passwordHash, emailVerifiedAt: found.user.emailVerifiedAt ?? now } });
      const ended = await this.sessions.revokeAll(tx, found.userId);
      await this.audit.record(tx, {
        actorUserId: found.userId,
        action: 'password.reset',
        entityType: 'User',
        entityId: found.userId,
        changes: { sessionsEnded: ended },
        requestId: meta.requestId,
      });
    });
  }

  /** Changes the password of the signed-in person after checking the current one; ends their other sessions. */
  async change(userId: string, currentSessionId: string, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<number> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) throw new WrongPasswordError();
    this.assertStrong(newPassword, user);
    const passwordHash = await this.passwords.hash(newPassword);
    return this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { passwordHash } });
      const ended = await this.sessions.revokeAll(tx, userId, currentSessionId);
      await this.audit.record(tx, {
        actorUserId: userId,
        action: 'password.changed',
        entityType: 'User',
        entityId: userId,
        changes: { sessionsEnded: ended },
        requestId: meta.requestId,
      });
      return ended;
    });
  }

  private assertStrong(password: string, user: { email: string; name: string }): void {
    const problems = checkPasswordPolicy(password, { email: user.email, name: user.name });
    if (problems.length > 0) throw new WeakPasswordError(describePasswordProblems(problems));
  }
}
