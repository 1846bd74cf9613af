import { Inject, Injectable } from '@nestjs/common';
import type { Milestone, Prisma, PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { isUuid } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import { lockProject, requireLeadMember } from './project-access';
import { MilestoneDoneError, MilestoneNotFoundError } from './projects.errors';

/** What a meeting's decision adds to a change (issue 17): who is responsible and which decision it came from. */
interface Decided {
  /** Undefined: keep the responsible organisation (null on a new milestone: the project's lead). */
  responsibleOrganisationId?: string | null;
  decisionId?: string;
}

/** One change to a project's milestones: the only way milestones are written. */
export type MilestoneChange =
  | ({ kind: 'ADD'; projectId: string; title: string; dueOn: Date } & Decided)
  | ({ kind: 'MOVE'; milestoneId: string; dueOn: Date; reason: string } & Decided)
  | { kind: 'COMPLETE'; milestoneId: string };

export interface MilestoneActor {
  userId: string;
  requestId?: string | null;
  /**
   * A partnership meeting's decision: the organisation that held the meeting, whose mandate the
   * caller (meetings) has checked (organiser rights, project in one of the meeting's topic fields).
   * It acts instead of the project's lead.
   */
  decidedBy?: string;
}

/**
 * Milestones of a project workspace: added, moved with a reason, completed — by members of the
 * lead organisation, audited, one project at a time (the project row is locked). Progress is never
 * stored: it is the share of done milestones. Other features (meetings' decisions) call `apply`,
 * optionally inside their own transaction.
 */
@Injectable()
export class MilestonesService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  apply(change: MilestoneChange, actor: MilestoneActor, tx?: Prisma.TransactionClient): Promise<Milestone> {
    return tx ? this.applyIn(tx, change, actor) : this.prisma.$transaction((own) => this.applyIn(own, change, actor));
  }

  private async applyIn(tx: Prisma.TransactionClient, change: MilestoneChange, actor: MilestoneActor): Promise<Milestone> {
    const existing = change.kind === 'ADD' ? null : await this.find(tx, change.milestoneId);
    const projectId = existing?.projectId ?? (change.kind === 'ADD' ? change.projectId : '');
    await lockProject(tx, projectId);
    const lead = actor.decidedBy ?? (await requireLeadMember(tx, actor.userId, projectId));
    const record = (action: string, milestone: Milestone, changes: Record<string, unknown>) =>
      this.audit.record(tx, {
        actorUserId: actor.userId,
        actingOrganisationId: lead,
        action,
        entityType: 'Project',
        entityId: projectId,
        changes: { milestoneId: milestone.id, title: milestone.titleDe, ...changes },
        requestId: actor.requestId ?? null,
      });

    if (change.kind === 'ADD') {
      const last = await tx.milestone.aggregate({ where: { projectId }, _max: { position: true } });
      const title = change.title.trim();
      const created = await tx.milestone.create({
        data: { projectId, position: (last._max.position ?? 0) + 1, titleDe: title, titleEn: title, dueOn: change.dueOn, ...decided(change) },
      });
      await record('milestone.added', created, { dueOn: day(change.dueOn), ...decided(change) });
      return created;
    }
    const milestone = await this.find(tx, change.milestoneId); // read again under the project's lock
    if (milestone.doneAt) throw new MilestoneDoneError();
    if (change.kind === 'MOVE') {
      const moved = await tx.milestone.update({
        where: { id: milestone.id },
        data: { dueOn: change.dueOn, originalDueOn: milestone.originalDueOn ?? milestone.dueOn, ...decided(change) },
      });
      const moves = { dueOn: { from: day(milestone.dueOn), to: day(change.dueOn) }, reason: change.reason.trim() };
      await record('milestone.moved', moved, { ...moves, ...decided(change) });
      return moved;
    }
    const done = await tx.milestone.update({ where: { id: milestone.id }, data: { doneAt: new Date() } });
    await record('milestone.completed', done, { doneAt: done.doneAt!.toISOString() });
    return done;
  }

  private async find(tx: Prisma.TransactionClient, id: string): Promise<Milestone> {
    const milestone = isUuid(id) ? await tx.milestone.findUnique({ where: { id } }) : null;
    if (!milestone) throw new MilestoneNotFoundError();
    return milestone;
  }
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The decision's part of a change, only the keys it sets. */
function decided(change: Decided): Decided {
  return {
    ...(change.responsibleOrganisationId !== undefined ? { responsibleOrganisationId: change.responsibleOrganisationId } : {}),
    ...(change.decisionId ? { decisionId: change.decisionId } : {}),
  };
}
