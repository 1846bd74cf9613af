import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PlatformRole, type PrismaClient } from '@wiw/db';
import { mayAssignRole, SessionsService } from '../accounts';
import { ForbiddenError } from '../common/auth/auth.errors';
import { AuditService } from '../audit';
import { isUuid } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { CreateOfficeInput } from './inputs/create-office.input';
import { OfficeExistsError, OfficeNotFoundError, SuccessorNotMemberError, UnknownOrganisationError } from './offices.errors';

const WITH_TERMS = {
  organisation: { select: { name: true } },
  terms: { orderBy: { startedAt: 'desc' }, include: { user: { select: { name: true } } } },
} satisfies Prisma.OfficeInclude;

type Actor = { id: string; roles: ReadonlyArray<{ role: string }> };

export type OfficeWithTerms = Prisma.OfficeGetPayload<{ include: typeof WITH_TERMS }>;

/** Offices belong to organisations; the joint office creates them and hands them over. */
@Injectable()
export class OfficesService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<OfficeWithTerms[]> {
    return this.prisma.office.findMany({ include: WITH_TERMS, orderBy: [{ organisation: { sortName: 'asc' } }, { titleDe: 'asc' }] });
  }

  /** FORBIDDEN for a coordinator creating an office with the role ADMIN or COORDINATOR. */
  async create(actor: Actor, input: CreateOfficeInput, requestId: string): Promise<OfficeWithTerms> {
    if (!mayAssignRole(actor, input.role)) throw new ForbiddenError();
    const actorUserId = actor.id;
    const organisation = await this.prisma.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
    if (!organisation) throw new UnknownOrganisationError();
    try {
      return await this.prisma.$transaction(async (tx) => {
        const office = await tx.office.create({
          data: { organisationId: input.organisationId, titleDe: input.titleDe.trim(), titleEn: input.titleEn.trim(), role: input.role },
          include: WITH_TERMS,
        });
        await this.audit.record(tx, {
          actorUserId,
          actingOrganisationId: input.organisationId,
          action: 'office.created',
          entityType: 'Office',
          entityId: office.id,
          changes: { titleDe: office.titleDe, role: office.role },
          requestId,
        });
        return office;
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new OfficeExistsError();
      throw error;
    }
  }

  /**
   * Hands an office to a successor (a member of its organisation): the predecessor's term ends and
   * all their sessions are revoked (their role went with the office), the successor's term
   * starts, the history stays. One transaction.
   */
  async handOver(actor: Actor, officeId: string, successorUserId: string, requestId: string): Promise<OfficeWithTerms> {
    if (!isUuid(officeId)) throw new OfficeNotFoundError();
    const actorUserId = actor.id;
    return this.prisma.$transaction(async (tx) => {
      // Lock the office row so two handovers of one office run one after the other.
      const locked = await tx.$queryRaw<
        Array<{ id: string; organisationId: string; role: PlatformRole }>
      >`SELECT id, "organisationId", role FROM "Office" WHERE id = ${officeId}::uuid FOR UPDATE`;
      const office = locked[0];
      if (!office) throw new OfficeNotFoundError();
      // Coordinators cannot hand out (least of all to themselves) the roles only administrators grant.
      if (!mayAssignRole(actor, office.role)) throw new ForbiddenError();
      const member = isUuid(successorUserId)
        ? await tx.membership.findUnique({
            where: { userId_organisationId: { userId: successorUserId, organisationId: office.organisationId } },
            include: { user: { select: { deletedAt: true } } },
          })
        : null;
      if (!member || member.user.deletedAt) throw new SuccessorNotMemberError();
      const current = await tx.officeTerm.findFirst({ where: { officeId, endedAt: null } });
      if (current?.userId === successorUserId) return tx.office.findUniqueOrThrow({ where: { id: officeId }, include: WITH_TERMS });
      const now = new Date();
      let sessionsEnded = 0;
      if (current) {
        await tx.officeTerm.update({ where: { id: current.id }, data: { endedAt: now } });
        sessionsEnded = await this.sessions.revokeAll(tx, current.userId);
      }
      await tx.officeTerm.create({ data: { officeId, userId: successorUserId, startedAt: now } });
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: office.organisationId,
        action: 'office.handed_over',
        entityType: 'Office',
        entityId: officeId,
        changes: { holder: { from: current?.userId ?? null, to: successorUserId }, predecessorSessionsEnded: sessionsEnded },
        requestId,
      });
      return tx.office.findUniqueOrThrow({ where: { id: officeId }, include: WITH_TERMS });
    });
  }
}
