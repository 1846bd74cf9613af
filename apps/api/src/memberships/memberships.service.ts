import { Inject, Injectable } from '@nestjs/common';
import type { Invitation, Locale, MembershipRole, Prisma, PrismaClient } from '@wiw/db';
import { requireOwner } from '../access';
import { checkPasswordPolicy, createUser, describePasswordProblems, normaliseEmail, PasswordHasher, WeakPasswordError } from '../accounts';
import { AuditService } from '../audit';
import { hashToken, newToken } from '../common/auth/tokens';
import { isUuid } from '../common/pagination/pagination';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { OutboxService } from '../mail';
import { InvitationForOtherAddressError, InvitationInvalidError, LastOwnerError, MemberNotFoundError } from './memberships.errors';

const INVITATION_DAYS = 14;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export interface Actor {
  id: string;
  name: string;
  email: string;
}

/** Members and invitations of an organisation. Only owners change them; only members see them. */
@Injectable()
export class MembershipsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** My organisations with their members, and open invitations where I am an owner. */
  async myOrganisations(userId: string) {
    const memberships = await this.prisma.membership.findMany({
      where: { userId },
      include: {
        organisation: {
          include: {
            memberships: { include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: 'asc' } },
            invitations: { where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: 'asc' } },
          },
        },
      },
      orderBy: { createdAt: 'asc' },
    });
    return memberships.map(({ role, organisation }) => ({
      myRole: role,
      organisation,
      invitations: role === 'OWNER' ? organisation.invitations : [],
    }));
  }

  /** An owner invites a person by e-mail: a single-use link valid for 14 days. */
  async invite(
    actor: Actor,
    input: { organisationId: string; email: string; role: MembershipRole; locale: Locale },
    requestId: string,
  ): Promise<Invitation> {
    await requireOwner(this.prisma, actor.id, input.organisationId);
    const email = normaliseEmail(input.email);
    const token = newToken();
    return this.prisma.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
      const invitation = await tx.invitation.create({
        data: {
          organisationId: input.organisationId,
          email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.id,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000),
        },
      });
      await this.outbox.enqueue(tx, {
        template: 'invitation',
        recipient: email,
        locale: input.locale,
        payload: { organisationName: organisation.name, inviterName: actor.name, link: `${this.config.publicUrl}/konto/einladung?token=${token}` },
      });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: input.organisationId,
        action: 'invitation.created',
        entityType: 'Invitation',
        entityId: invitation.id,
        changes: { email, role: input.role },
        requestId,
      });
      return invitation;
    });
  }

  /** Takes an open invitation by its token (throws INVITATION_INVALID otherwise) and marks it used. */
  private async take(tx: Prisma.TransactionClient, token: string): Promise<Invitation> {
    if (!TOKEN_SHAPE.test(token)) throw new InvitationInvalidError();
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
    const now = new Date();
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw new InvitationInvalidError();
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (count !== 1) throw new InvitationInvalidError();
    return invitation;
  }

  /** A signed-in person accepts an invitation addressed to them. */
  async accept(actor: Actor, token: string, requestId: string): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const invitation = await this.take(tx, token);
      if (invitation.email !== normaliseEmail(actor.email)) throw new InvitationForOtherAddressError();
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: actor.id, organisationId: invitation.organisationId } },
        create: { userId: actor.id, organisationId: invitation.organisationId, role: invitation.role },
        update: {},
      });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: invitation.organisationId,
        action: 'invitation.accepted',
        entityType: 'Invitation',
        entityId: invitation.id,
        requestId,
      });
      return invitation.organisationId;
    });
  }

  /** Creates the account of an invited person (their address is confirmed by the link) and the membership. */
  async signUpWithInvitation(input: { token: string; name: string; password: string; locale: Locale }, requestId: string): Promise<string> {
    if (!TOKEN_SHAPE.test(input.token)) throw new InvitationInvalidError();
    const pending = await this.prisma.invitation.findUnique({ where: { tokenHash: hashToken(input.token) } });
    if (!pending) throw new InvitationInvalidError();
    const problems = checkPasswordPolicy(input.password, { email: pending.email, name: input.name });
    if (problems.length > 0) throw new WeakPasswordError(describePasswordProblems(problems));
    const passwordHash = await this.passwords.hash(input.password);
    return this.prisma.$transaction(async (tx) => {
      const invitation = await this.take(tx, input.token);
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new InvitationInvalidError();
      const user = await createUser(tx, {
        email: invitation.email,
        name: input.name,
        locale: input.locale,
        passwordHash,
        emailVerifiedAt: new Date(),
        membership: { organisationId: invitation.organisationId, role: invitation.role },
      });
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: invitation.organisationId,
        action: 'invitation.accepted',
        entityType: 'Invitation',
        entityId: invitation.id,
        requestId,
      });
      return invitation.email;
    });
  }

  /** An owner removes a member (or themselves); the last owner stays. */
  async remove(actor: Actor, organisationId: string, userId: string, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await requireOwner(tx, actor.id, organisationId);
      const target = isUuid(userId) ? await tx.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } }) : null;
      if (!target) throw new MemberNotFoundError();
      if (target.role === 'OWNER' && (await tx.membership.count({ where: { organisationId, role: 'OWNER' } })) === 1) throw new LastOwnerError();
      await tx.membership.delete({ where: { userId_organisationId: { userId, organisationId } } });
      await this.audit.record(tx, {
        actorUserId: actor.id,
        actingOrganisationId: organisationId,
        action: 'membership.removed',
        entityType: 'Membership',
        entityId: userId,
        changes: { role: target.role },
        requestId,
      });
    });
  }
}
