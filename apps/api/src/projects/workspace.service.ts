import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient, Project, ProjectUpdate } from '@wiw/db';
import { foldText } from '@wiw/domain';
import { requireOwner, requireVerified, seesAll } from '../access';
import { AuditService, changedFields } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { BadUserInputError } from '../common/errors/domain-error';
import { PRISMA } from '../database/database.module';
import type { ProposeProjectInput, UpdateProjectInput } from './inputs/project.input';
import { canSee, lockProject, requireLeadMember } from './project-access';
import { ProjectDatesInvalidError, ProjectNotFoundError, ProposalNotPendingError } from './projects.errors';

type Person = AuthState['user'];

/**
 * Project workspaces: proposals (approved at once for the joint office, pending its approval for
 * an organisation's owner), the lead's maintenance of details and status, and the update log.
 * Every write is one transaction with its audit event; the history is the project's audit trail.
 */
@Injectable()
export class WorkspaceService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  propose(user: Person, input: ProposeProjectInput, requestId: string): Promise<Project> {
    checkDates(input.startsOn, input.endsOn);
    return this.prisma.$transaction(async (tx) => {
      const coordinator = seesAll(user);
      const lead = await tx.organisation.findUnique({ where: { id: input.leadOrganisationId }, select: { verifiedAt: true } });
      if (!coordinator) await requireOwner(tx, user.id, input.leadOrganisationId);
      if (!lead) throw new ProjectNotFoundError();
      requireVerified(lead);
      const title = input.title.trim();
      const project = await tx.project.create({
        data: {
          slug: await freeSlug(tx, title),
          topicFieldKey: input.topicField,
          titleDe: title,
          titleEn: title,
          descriptionDe: input.description.trim(),
          descriptionEn: input.description.trim(),
          goal: input.goal.trim(),
          regions: [...new Set(input.regions)],
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          openForParticipants: input.openForParticipants,
          approval: coordinator ? 'APPROVED' : 'PENDING',
          proposedById: user.id,
          participants: { create: { organisationId: input.leadOrganisationId, role: 'LEAD' } },
        },
      });
      await this.record(tx, user.id, input.leadOrganisationId, project.id, 'project.proposed', requestId, {
        title,
        topicField: input.topicField,
        approval: project.approval,
      });
      return project;
    });
  }

  /** The joint office (the resolver allows only it) approves or rejects an owner's proposal; a rejection needs a reason. */
  decideProposal(user: Person, projectId: string, approve: boolean, reason: string | null | undefined, requestId: string): Promise<Project> {
    if (!approve && !reason) throw reasonRequired();
    return this.prisma.$transaction(async (tx) => {
      const project = await lockProject(tx, projectId);
      if (project.approval !== 'PENDING') throw new ProposalNotPendingError();
      const approval = approve ? 'APPROVED' : 'REJECTED';
      const updated = await tx.project.update({ where: { id: projectId }, data: { approval, approvalReason: reason?.trim() ?? null } });
      await this.record(tx, user.id, null, projectId, approve ? 'project.approved' : 'project.rejected', requestId, {
        approval: { from: 'PENDING', to: approval },
        ...(reason ? { reason: reason.trim() } : {}),
      });
      return updated;
    });
  }

  update(user: Person, projectId: string, input: UpdateProjectInput, requestId: string): Promise<Project> {
    return this.prisma.$transaction(async (tx) => {
      const before = await lockProject(tx, projectId);
      const lead = await requireLeadMember(tx, user.id, projectId);
      const data: Prisma.ProjectUpdateInput = {};
      if (input.status) data.status = input.status;
      if (input.goal) data.goal = input.goal.trim();
      if (input.regions) data.regions = [...new Set(input.regions)];
      if (input.startsOn !== undefined) data.startsOn = input.startsOn;
      if (input.endsOn !== undefined) data.endsOn = input.endsOn;
      if (typeof input.openForParticipants === 'boolean') data.openForParticipants = input.openForParticipants;
      checkDates(input.startsOn === undefined ? before.startsOn : input.startsOn, input.endsOn === undefined ? before.endsOn : input.endsOn);
      const after = await tx.project.update({ where: { id: projectId }, data });
      const changes = changedFields(pickDetails(before), pickDetails(after));
      if (Object.keys(changes).length > 0) await this.record(tx, user.id, lead, projectId, 'project.updated', requestId, changes);
      return after;
    });
  }

  /** A dated entry of the update log ("Projektstand"). */
  postUpdate(user: Person, projectId: string, text: string, requestId: string): Promise<ProjectUpdate> {
    return this.prisma.$transaction(async (tx) => {
      await lockProject(tx, projectId);
      const lead = await requireLeadMember(tx, user.id, projectId);
      const entry = await tx.projectUpdate.create({ data: { projectId, text: text.trim(), authorId: user.id } });
      await this.record(tx, user.id, lead, projectId, 'project.update-posted', requestId, { updateId: entry.id });
      return entry;
    });
  }

  /** A project by slug or id, if the caller may see it; PROJECT_NOT_FOUND otherwise (also for hidden proposals). */
  async find(user: Person | null, slugOrId: string): Promise<Project> {
    const project = await this.prisma.project.findFirst({ where: /^[0-9a-f-]{36}$/i.test(slugOrId) ? { id: slugOrId } : { slug: slugOrId } });
    if (!project || !(await canSee(this.prisma, user, project))) throw new ProjectNotFoundError();
    return project;
  }

  /** Proposals waiting for the joint office, oldest first. */
  pendingProposals(): Promise<Project[]> {
    return this.prisma.project.findMany({ where: { approval: 'PENDING' }, orderBy: { createdAt: 'asc' } });
  }

  updatesOf(projectIds: readonly string[]): Promise<ProjectUpdate[]> {
    return this.prisma.projectUpdate.findMany({ where: { projectId: { in: [...projectIds] } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  }

  private record(
    tx: Prisma.TransactionClient,
    actorUserId: string,
    actingOrganisationId: string | null,
    projectId: string,
    action: string,
    requestId: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(tx, { actorUserId, actingOrganisationId, action, entityType: 'Project', entityId: projectId, changes, requestId });
  }
}

const pickDetails = (p: Project) => ({
  status: p.status,
  goal: p.goal,
  regions: p.regions,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  openForParticipants: p.openForParticipants,
});

function checkDates(startsOn: Date | null | undefined, endsOn: Date | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new ProjectDatesInvalidError();
}

export function reasonRequired(): BadUserInputError {
  return new BadUserInputError({ de: 'Bitte geben Sie einen Grund an.', en: 'Please give a reason.' }, { field: 'reason' });
}

/** "KI-Initiative Südwestfalen–Dortmund" → "ki-initiative-suedwestfalen-dortmund", numbered when taken. */
async function freeSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base =
    foldText(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'projekt';
  const taken = new Set((await tx.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}
