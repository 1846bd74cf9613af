import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient, User } from '@wiw/db';
import { foldText, organisationSearchText } from '@wiw/domain';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit';
import { hashToken, newToken } from '../common/auth/tokens';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { OutboxService } from '../mail';
import { EmailNotVerifiedError, InvalidCredentialsError, InvalidTokenError, UnknownMunicipalityError, WeakPasswordError } from './accounts.errors';
import type { SignInInput } from './inputs/sign-in.input';
import type { SignUpInput } from './inputs/sign-up.input';
import { checkPasswordPolicy, describePasswordProblems, PasswordHasher } from './password';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { createUser, normaliseEmail } from './users';

const VERIFY_EMAIL_HOURS = 48;

export interface RequestMeta {
  userAgent?: string;
  ipAddress?: string;
  requestId?: string;
}

function slugOf(name: string): string {
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'organisation';
  return `${base}-${randomBytes(3).toString('hex')}`;
}

@Injectable()
export class AccountsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottleService,
  ) {}

  /**
   * A person registers with a new organisation (unverified until the joint office verifies it).
   * User, organisation, membership, confirmation token, mail and audit events: one transaction.
   * An address that is already registered gets the same answer, so sign-up reveals no accounts.
   */
  async signUp(input: SignUpInput, meta: RequestMeta): Promise<{ email: string }> {
    const email = normaliseEmail(input.email);
    const problems = checkPasswordPolicy(input.password, { email, name: input.name });
    if (problems.length > 0) throw new WeakPasswordError(describePasswordProblems(problems));
    const municipality = await this.prisma.municipality.findUnique({ where: { id: input.organisation.municipalityId }, include: { region: true } });
    if (!municipality) throw new UnknownMunicipalityError();
    const passwordHash = await this.passwords.hash(input.password);
    if (await this.prisma.user.findUnique({ where: { email }, select: { id: true } })) return { email };

    await this.prisma.$transaction(async (tx) => {
      const user = await createUser(tx, { email, name: input.name, locale: input.locale, passwordHash });
      const organisation = await tx.organisation.create({
        data: {
          slug: slugOf(input.organisation.name),
          name: input.organisation.name.trim(),
          kind: input.organisation.kind,
          municipalityId: municipality.id,
          website: input.organisation.website ?? null,
          sortName: foldText(input.organisation.name),
          searchText: organisationSearchText({ name: input.organisation.name, municipality: municipality.name, region: municipality.region }),
        },
      });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: 'OWNER' } });
      await this.sendVerification(tx, user);
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: organisation.id,
        action: 'account.signed_up',
        entityType: 'Organisation',
        entityId: organisation.id,
        changes: { name: organisation.name, kind: organisation.kind, municipalityId: municipality.id, website: organisation.website },
        requestId: meta.requestId,
      });
    });
    return { email };
  }

  private async sendVerification(tx: Prisma.TransactionClient, user: User): Promise<void> {
    const token = newToken();
    await tx.emailToken.create({
      data: {
        tokenHash: hashToken(token),
        userId: user.id,
        purpose: 'VERIFY_EMAIL',
        expiresAt: new Date(Date.now() + VERIFY_EMAIL_HOURS * 3600_000),
      },
    });
    await this.outbox.enqueue(tx, {
      template: 'verify-email',
      recipient: user.email,
      locale: user.locale,
      payload: { name: user.name, link: `${this.config.publicUrl}/konto/bestaetigen?token=${token}` },
    });
  }

  /** Confirms an address with the single-use token from the mail. */
  async verifyEmail(token: string, meta: RequestMeta): Promise<void> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new InvalidTokenError();
    await this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const found = await tx.emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
      if (!found || found.purpose !== 'VERIFY_EMAIL' || found.usedAt || found.expiresAt <= now) throw new InvalidTokenError();
      // Marking it used is conditional, so two clicks at once confirm once.
      const { count } = await tx.emailToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
      if (count !== 1) throw new InvalidTokenError();
      await tx.user.update({ where: { id: found.userId }, data: { emailVerifiedAt: now } });
      await this.audit.record(tx, {
        actorUserId: found.userId,
        action: 'account.email_verified',
        entityType: 'User',
        entityId: found.userId,
        requestId: meta.requestId,
      });
    });
  }

  /**
   * Signs in and opens a session. Unknown address and wrong password answer alike and take the
   * same time (a dummy verification runs for unknown addresses); attempts are throttled per
   * account and per IP address.
   */
  async signIn(input: SignInInput, meta: RequestMeta): Promise<{ token: string; maxAgeSeconds: number }> {
    const email = normaliseEmail(input.email);
    const attemptId = await this.throttle.begin(email, meta.ipAddress);
    const user = await this.prisma.user.findUnique({ where: { email } });
    const valid =
      user && !user.deletedAt
        ? await this.passwords.verify(user.passwordHash, input.password)
        : await this.passwords.verifyAgainstDummy(input.password);
    if (!user || user.deletedAt || !valid) throw new InvalidCredentialsError();
    await this.throttle.succeeded(attemptId);
    if (!user.emailVerifiedAt) throw new EmailNotVerifiedError();
    const { token } = await this.prisma.$transaction(async (tx) => {
      const opened = await this.sessions.open(tx, user.id, meta);
      await this.audit.record(tx, {
        actorUserId: user.id,
        action: 'session.opened',
        entityType: 'Session',
        entityId: opened.session.id,
        requestId: meta.requestId,
      });
      return opened;
    });
    return { token, maxAgeSeconds: this.sessions.maxAgeSeconds };
  }

  async signOut(userId: string, sessionId: string, meta: RequestMeta): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.revoke(tx, userId, sessionId);
      await this.audit.record(tx, {
        actorUserId: userId,
        action: 'session.closed',
        entityType: 'Session',
        entityId: sessionId,
        requestId: meta.requestId,
      });
    });
  }

  /** Changes name and language of the signed-in person; the audit event lists what changed. */
  async updateProfile(user: User, changes: { name?: string | null; locale?: User['locale'] | null }, meta: RequestMeta): Promise<User> {
    const data = {
      ...(changes.name && changes.name.trim() !== user.name ? { name: changes.name.trim() } : {}),
      ...(changes.locale && changes.locale !== user.locale ? { locale: changes.locale } : {}),
    };
    if (Object.keys(data).length === 0) return user;
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data });
      const diff = Object.fromEntries(
        Object.keys(data).map((field) => [field, { from: user[field as keyof typeof data], to: updated[field as keyof typeof data] }]),
      );
      await this.audit.record(tx, {
        actorUserId: user.id,
        action: 'profile.updated',
        entityType: 'User',
        entityId: user.id,
        changes: diff,
        requestId: meta.requestId,
      });
      return updated;
    });
  }

  /** Ends one of the caller's sessions ("sign out this other browser"). */
  async revokeSession(userId: string, sessionId: string, meta: RequestMeta): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const revoked = await this.sessions.revoke(tx, userId, sessionId);
      if (revoked)
        await this.audit.record(tx, {
          actorUserId: userId,
          action: 'session.revoked',
          entityType: 'Session',
          entityId: sessionId,
          requestId: meta.requestId,
        });
      return revoked;
    });
  }
}
