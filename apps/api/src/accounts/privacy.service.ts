import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit';
import { PRISMA } from '../database/database.module';
import { WrongPasswordError } from './accounts.errors';
import type { RequestMeta } from './accounts.service';
import { PasswordHasher } from './password';
import { SessionsService } from './sessions.service';

/** GDPR rights of a person: a copy of everything stored about them, and deletion. */
@Injectable()
export class PrivacyService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** Everything stored about the person (secrets such as hashes and tokens are not data about them). */
  async export(userId: string): Promise<Record<string, unknown>> {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      include: {
        memberships: { include: { organisation: { select: { id: true, name: true, kind: true } } } },
        roles: { select: { role: true, grantedAt: true } },
        sessions: { select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, userAgent: true, ipAddress: true } },
      },
    });
    const [auditEvents, signInAttempts, mails, talentOffers, needsWritten, offersWritten, contactRequests, workbench] = await Promise.all([
      this.prisma.auditEvent.findMany({
        where: { actorUserId: userId },
        orderBy: [{ occurredAt: 'asc' }, { seq: 'asc' }],
        omit: { requestId: true, seq: true },
      }),
      this.prisma.signInAttempt.findMany({
        where: { email: user.email },
        orderBy: { attemptedAt: 'asc' },
        select: { attemptedAt: true, succeeded: true, ipAddress: true },
      }),
      this.prisma.outboxMessage.findMany({
        where: { recipient: user.email },
        orderBy: { createdAt: 'asc' },
        select: { createdAt: true, template: true, status: true, sentAt: true },
      }),
      this.prisma.skillOffer.findMany({
        where: { ownerId: userId, organisationId: null },
        orderBy: { createdAt: 'asc' },
        omit: { searchText: true },
        include: { skills: { select: { skillId: true, level: true } } },
      }),
      this.prisma.skillNeed.findMany({
        where: { createdById: userId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, title: true, status: true, organisationId: true, createdAt: true },
      }),
      this.prisma.skillOffer.findMany({
        where: { ownerId: userId, organisationId: { not: null } },
        orderBy: { createdAt: 'asc' },
        select: { id: true, title: true, status: true, organisationId: true, createdAt: true },
      }),
      this.prisma.contactRequest.findMany({
        where: { OR: [{ requestedById: userId }, { answeredById: userId }] },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          needId: true,
          offerId: true,
          fromSide: true,
          message: true,
          status: true,
          createdAt: true,
          answeredAt: true,
          requestedById: true,
          answeredById: true,
        },
      }),
      this.workbench(userId),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      person: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        emailVerifiedAt: user.emailVerifiedAt,
        createdAt: user.createdAt,
      },
      memberships: user.memberships.map((m) => ({ organisation: m.organisation, role: m.role, since: m.createdAt })),
      platformRoles: user.roles,
      sessions: user.sessions,
      signInAttempts,
      mails,
      auditEvents,
      talentOffers,
      needsWritten,
      offersWritten,
      contactRequests,
      ...workbench,
    };
  }

  /** The digital workbench: formats and availability offered, bookings made or cancelled, the calendar feed. */
  private async workbench(userId: string) {
    const [consultationFormats, availabilityRules, availabilityExceptions, bookings, calendarFeed] = await Promise.all([
      this.prisma.consultationFormat.findMany({ where: { advisorId: userId }, orderBy: { createdAt: 'asc' }, omit: { searchText: true } }),
      this.prisma.availabilityRule.findMany({
        where: { advisorId: userId },
        orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }],
        omit: { advisorId: true },
      }),
      this.prisma.availabilityException.findMany({ where: { advisorId: userId }, orderBy: { date: 'asc' }, omit: { advisorId: true } }),
      this.prisma.booking.findMany({
        where: { OR: [{ bookedById: userId }, { cancelledById: userId }] },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          organisationId: true,
          agenda: true,
          status: true,
          createdAt: true,
          cancelledAt: true,
          cancellationReason: true,
          bookedById: true,
          cancelledById: true,
          slot: { select: { formatId: true, startsAt: true, endsAt: true } },
        },
      }),
      this.prisma.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } }),
    ]);
    return {
      consultationFormats,
      availabilityRules,
      availabilityExceptions,
      bookings,
      calendarFeed: calendarFeed ? { active: true, createdAt: calendarFeed.createdAt } : null,
    };
  }

  /**
   * Deletes the account after checking the password: the person is anonymised (the row stays so
   * that audit events and organisational records keep pointing at something), memberships and
   * sessions end, tokens are removed, the person's own talent offers (personal data, not the
   * organisation's) are deleted with their contact requests, an advisor's formats are archived and
   * their availability and calendar feed removed. One transaction.
   */
  async deleteAccount(userId: string, password: string, meta: RequestMeta): Promise<void> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    if (!(await this.passwords.verify(user.passwordHash, password))) throw new WrongPasswordError();
    const unusable = await this.passwords.hash(randomBytes(32).toString('base64url'));
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.revokeAll(tx, userId);
      await tx.membership.deleteMany({ where: { userId } });
      await tx.userRole.deleteMany({ where: { userId } });
      await tx.emailToken.deleteMany({ where: { userId } });
      await tx.signInAttempt.deleteMany({ where: { email: user.email } });
      await tx.skillOffer.deleteMany({ where: { ownerId: userId, organisationId: null } });
      // An advisor's formats leave the workbench (booked slots stay for the companies' records).
      await tx.consultationFormat.updateMany({ where: { advisorId: userId }, data: { status: 'ARCHIVED' } });
      await tx.availabilityRule.deleteMany({ where: { advisorId: userId } });
      await tx.availabilityException.deleteMany({ where: { advisorId: userId } });
      await tx.calendarFeed.deleteMany({ where: { userId } });
      await tx.user.update({
        where: { id: userId },
        data: { email: `deleted-${userId}@deleted.invalid`, name: 'Gelöschte Person', passwordHash: unusable, deletedAt: new Date() },
      });
      await this.audit.record(tx, {
        actorUserId: userId,
        action: 'account.deleted',
        entityType: 'User',
        entityId: userId,
        requestId: meta.requestId,
      });
    });
  }
}
