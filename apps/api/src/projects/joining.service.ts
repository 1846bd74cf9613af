import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient, ProjectApplication, ProjectParticipant } from '@wiw/db';
import { isMember, requireMember, requireVerified, requireVerifiedMember, seesAll } from '../access';
import { AuditService } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { isUuid } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { ApplyToProjectInput } from './inputs/joining.input';
import { canSee, leadOf, lockProject, requireLeadMember } from './project-access';
import {
  AlreadyParticipantError,
  ApplicationDecidedError,
  ApplicationNotFoundError,
  ApplicationPendingError,
  LeadCannotLeaveError,
  NotParticipantError,
  ProjectClosedError,
  ProjectNotFoundError,
} from './projects.errors';
import { reasonRequired } from './workspace.service';

type Db = Prisma.TransactionClient;
type Person = AuthState['user'];

/**
 * Joining a project: a verified organisation applies with a role and a note; members of the lead
 * organisation accept or decline with a reason; participants leave; the lead hands the lead over
 * to a participant. Each write locks the project row, so decisions on one project never interleave.
 */
@Injectable()
export class JoiningService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  apply(user: Person, input: ApplyToProjectInput, requestId: string): Promise<ProjectApplication> {
    return this.prisma.$transaction(async (tx) => {
      await requireVerifiedMember(tx, user.id, input.organisationId);
      const project = await lockProject(tx, input.projectId);
      if (!(await canSee(tx, user, project))) throw new ProjectNotFoundError();
      if (project.approval !== 'APPROVED' || !project.openForParticipants || project.status === 'COMPLETED') throw new ProjectClosedError();
      if (await this.participant(tx, project.id, input.organisationId)) throw new AlreadyParticipantError();
      const pending = await tx.projectApplication.count({
        where: { projectId: project.id, organisationId: input.organisationId, status: 'PENDING' },
      });
      if (pending > 0) throw new ApplicationPendingError();
      const application = await tx.projectApplication.create({
        data: { projectId: project.id, organisationId: input.organisationId, role: input.role, note: input.note.trim(), appliedById: user.id },
      });
      await this.record(tx, user.id, input.organisationId, project.id, 'project.applied', requestId, {
        applicationId: application.id,
        organisationId: input.organisationId,
        role: input.role,
      });
      return application;
    });
  }

  /** Members of the lead organisation accept (the applicant becomes a participant) or decline with a reason. */
  decide(user: Person, id: string, accept: boolean, reason: string | null | undefined, requestId: string): Promise<ProjectApplication> {
    if (!accept && !reason) throw reasonRequired();
    return this.prisma.$transaction(async (tx) => {
      const found = isUuid(id) ? await tx.projectApplication.findUnique({ where: { id } }) : null;
      if (!found) throw new ApplicationNotFoundError();
      await lockProject(tx, found.projectId);
      const lead = await requireLeadMember(tx, user.id, found.projectId);
      const application = await tx.projectApplication.findUniqueOrThrow({ where: { id } });
      const to = accept ? 'ACCEPTED' : 'DECLINED';
      if (application.status !== 'PENDING') throw new ApplicationDecidedError(application.status);
      if (accept) {
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: application.organisationId }, select: { verifiedAt: true } });
        requireVerified(organisation);
        if (await this.participant(tx, application.projectId, application.organisationId)) throw new AlreadyParticipantError();
        await tx.projectParticipant.create({
          data: { projectId: application.projectId, organisationId: application.organisationId, role: application.role },
        });
      }
      const decided = await tx.projectApplication.update({
        where: { id },
        data: { status: to, decidedById: user.id, decidedAt: new Date(), decisionReason: reason?.trim() ?? null },
      });
      await this.record(
        tx,
        user.id,
        lead,
        application.projectId,
        accept ? 'project.application-accepted' : 'project.application-declined',
        requestId,
        {
          applicationId: id,
          organisationId: application.organisationId,
          role: application.role,
          status: { from: 'PENDING', to },
          ...(reason ? { reason: reason.trim() } : {}),
        },
      );
      return decided;
    });
  }

  /** The applying organisation takes back a pending application. */
  withdraw(user: Person, id: string, requestId: string): Promise<ProjectApplication> {
    return this.prisma.$transaction(async (tx) => {
      const found = isUuid(id) ? await tx.projectApplication.findUnique({ where: { id } }) : null;
      if (!found || !(await isMember(tx, user.id, found.organisationId))) throw new ApplicationNotFoundError();
      await lockProject(tx, found.projectId);
      const application = await tx.projectApplication.findUniqueOrThrow({ where: { id } });
      if (application.status !== 'PENDING') throw new ApplicationDecidedError(application.status);
      const withdrawn = await tx.projectApplication.update({ where: { id }, data: { status: 'WITHDRAWN', decidedAt: new Date() } });
      await this.record(tx, user.id, application.organisationId, application.projectId, 'project.application-withdrawn', requestId, {
        applicationId: id,
        organisationId: application.organisationId,
      });
      return withdrawn;
    });
  }

  /** A participant organisation leaves (the lead must hand over first). */
  leave(user: Person, projectId: string, organisationId: string, requestId: string): Promise<void> {
    return this.prisma.$transaction(async (tx) => {
      await requireMember(tx, user.id, organisationId);
      await lockProject(tx, projectId);
      const participant = await this.participant(tx, projectId, organisationId);
      if (!participant) throw new NotParticipantError();
      if (participant.role === 'LEAD') throw new LeadCannotLeaveError();
      await tx.projectParticipant.delete({ where: { projectId_organisationId: { projectId, organisationId } } });
      await this.record(tx, user.id, organisationId, projectId, 'project.left', requestId, { organisationId, role: participant.role });
    });
  }

  /** The lead hands the lead to a verified participant; the former lead stays as a partner. */
  handOver(user: Person, projectId: string, organisationId: string, requestId: string): Promise<void> {
    return this.prisma.$transaction(async (tx) => {
      await lockProject(tx, projectId);
      const lead = await requireLeadMember(tx, user.id, projectId);
      const successor = await this.participant(tx, projectId, organisationId);
      if (!successor || successor.role === 'LEAD') throw new NotParticipantError();
      requireVerified(await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { verifiedAt: true } }));
      // The former lead first: at most one LEAD per project (partial unique index).
      await tx.projectParticipant.update({ where: { projectId_organisationId: { projectId, organisationId: lead } }, data: { role: 'PARTNER' } });
      await tx.projectParticipant.update({ where: { projectId_organisationId: { projectId, organisationId } }, data: { role: 'LEAD' } });
      await this.record(tx, user.id, lead, projectId, 'project.lead-handed-over', requestId, {
        lead: { from: lead, to: organisationId },
        successorFormerRole: successor.role,
      });
    });
  }

  /** A project's applications: all of them for the lead's members and the joint office, else only those of the caller's organisations. */
  async applicationsOf(user: Person | null, projectId: string, status?: ProjectApplication['status'] | null): Promise<ProjectApplication[]> {
    if (!user) return [];
    const lead = await leadOf(this.prisma, projectId);
    const all = seesAll(user) || (await isMember(this.prisma, user.id, lead));
    return this.prisma.projectApplication.findMany({
      where: {
        projectId,
        ...(status ? { status } : {}),
        ...(all ? {} : { organisation: { memberships: { some: { userId: user.id } } } }),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Whether the caller is a member of the lead organisation (the workspace shows its maintenance tools). */
  async isLeadMember(user: Person | null, projectId: string): Promise<boolean> {
    return user ? isMember(this.prisma, user.id, await leadOf(this.prisma, projectId)) : false;
  }

  /** Skills the organisation offers on the skills board (open offers): what the lead sees of an applicant. */
  async boardSkills(organisationId: string): Promise<Array<{ labelDe: string; labelEn: string }>> {
    return this.prisma.skill.findMany({
      where: { offers: { some: { organisationId, open: true } } },
      select: { labelDe: true, labelEn: true },
      orderBy: { labelDe: 'asc' },
      take: 30,
    });
  }

  private participant(db: Db, projectId: string, organisationId: string): Promise<ProjectParticipant | null> {
    return db.projectParticipant.findUnique({ where: { projectId_organisationId: { projectId, organisationId } } });
  }

  private record(
    db: Db,
    actorUserId: string,
    actingOrganisationId: string,
    projectId: string,
    action: string,
    requestId: string,
    changes: Record<string, unknown>,
  ) {
    return this.audit.record(db, { actorUserId, actingOrganisationId, action, entityType: 'Project', entityId: projectId, changes, requestId });
  }
}
