import { Inject, Injectable } from '@nestjs/common';
import type { AgendaItemMinutes, Meeting, MeetingDecision, MeetingMinutes, Milestone, Prisma, PrismaClient } from '@wiw/db';
import { berlinDate } from '@wiw/domain';
import { AuditService } from '../../audit';
import type { AuthState } from '../../common/graphql/context';
import { isUuid } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { MilestonesService } from '../../projects';
import { canEdit, visibleWhere, type MeetingViewer } from '../meeting-access';
import { MeetingCancelledError, MeetingNotFoundError } from '../meetings.errors';
import { MeetingsService } from '../meetings.service';
import { MeetingDecisionInvalidError, MeetingMinutesTooEarlyError, MeetingNotOrganiserError } from './minutes.errors';
import type { DecisionInput, DecisionMilestoneInput, PublishMeetingMinutesInput } from './minutes.input';

type Db = Prisma.TransactionClient;

interface Publication {
  tx: Db;
  user: AuthState['user'];
  meeting: Meeting;
  requestId: string;
  now: Date;
}

/**
 * Minutes and decisions of a meeting (issue 17, item 4). The organisers (members of the organiser
 * organisation, the joint office: meeting-access.ts) publish them once the meeting has started;
 * publishing again is a correction. New decisions that name a milestone write it through
 * `MilestonesService.apply` in the same transaction: one failing milestone leaves nothing behind.
 * Who sees them: whoever sees the meeting (resolved as fields of Meeting and AgendaItem).
 */
@Injectable()
export class MinutesService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly meetings: MeetingsService,
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
  ) {}

  async publish(user: AuthState['user'], input: PublishMeetingMinutesInput, requestId: string, now = new Date()): Promise<Meeting> {
    return this.prisma.$transaction(async (tx) => {
      const meeting = await this.lockOrganised(tx, user, input.meetingId);
      if (meeting.startsAt > now) throw new MeetingMinutesTooEarlyError(meeting.startsAt);
      const agenda = new Set((await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, select: { id: true } })).map((item) => item.id));
      if (input.items.some((item) => !agenda.has(item.agendaItemId))) throw new MeetingDecisionInvalidError('UNKNOWN_AGENDA_ITEM');
      const before = await this.snapshot(tx, meeting.id);
      const at: Publication = { tx, user, meeting, requestId, now };
      await this.writeHeader(at, before.minutes);
      for (const item of input.items) {
        const text = item.text.trim();
        if (text)
          await tx.agendaItemMinutes.upsert({
            where: { agendaItemId: item.agendaItemId },
            create: { agendaItemId: item.agendaItemId, text },
            update: { text },
          });
        else await tx.agendaItemMinutes.deleteMany({ where: { agendaItemId: item.agendaItemId } });
      }
      let next = before.decisions.reduce((max, decision) => Math.max(max, decision.number), 0);
      for (const item of input.items) {
        for (const decision of item.decisions) {
          if (decision.id) await this.correct(tx, before.decisions, item.agendaItemId, decision);
          else await this.decide(at, item.agendaItemId, ++next, decision);
        }
      }
      const after = await this.snapshot(tx, meeting.id);
      await this.audit.record(tx, {
        actorUserId: user.id,
        actingOrganisationId: meeting.organiserId,
        action: before.minutes ? 'meeting.minutes-corrected' : 'meeting.minutes-published',
        entityType: 'Meeting',
        entityId: meeting.id,
        changes: { version: after.minutes!.version, before: summary(before), after: summary(after) },
        requestId,
      });
      return meeting;
    });
  }

  /** The meeting under its row lock: MEETING_NOT_FOUND if the person may not see it, MEETING_NOT_ORGANISER if they may not edit it. */
  private async lockOrganised(tx: Db, user: AuthState['user'], id: string): Promise<Meeting> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Meeting" WHERE id = ${id}::uuid FOR UPDATE` : [];
    const viewer = await this.meetings.viewer(user, tx);
    const meeting = locked.length > 0 ? await tx.meeting.findFirst({ where: { AND: [{ id }, visibleWhere(viewer)] } }) : null;
    if (!meeting) throw new MeetingNotFoundError();
    if (!canEdit(viewer, meeting)) throw new MeetingNotOrganiserError();
    if (meeting.status === 'CANCELLED') throw new MeetingCancelledError();
    return meeting;
  }

  private async writeHeader({ tx, user, meeting, now }: Publication, existing: MeetingMinutes | null): Promise<void> {
    if (existing) await tx.meetingMinutes.update({ where: { id: existing.id }, data: { version: { increment: 1 }, correctedAt: now } });
    else await tx.meetingMinutes.create({ data: { meetingId: meeting.id, publishedAt: now, publishedById: user.id } });
  }

  /** A decision published before: only its texts change (number, agenda item and milestone stay). */
  private async correct(tx: Db, published: readonly MeetingDecision[], agendaItemId: string, input: DecisionInput): Promise<void> {
    const decision = published.find((row) => row.id === input.id);
    if (!decision || decision.agendaItemId !== agendaItemId) throw new MeetingDecisionInvalidError('UNKNOWN_DECISION');
    await tx.meetingDecision.update({ where: { id: decision.id }, data: texts(input) });
  }

  private async decide(at: Publication, agendaItemId: string, number: number, input: DecisionInput): Promise<void> {
    const { tx, meeting, now } = at;
    const milestone = input.milestone ? await this.checkMilestone(at, number, input.milestone) : null;
    const decision = await tx.meetingDecision.create({ data: { meetingId: meeting.id, agendaItemId, number, decidedAt: now, ...texts(input) } });
    if (!milestone) return;
    const actor = { userId: at.user.id, requestId: at.requestId, decidedBy: meeting.organiserId };
    const decided = { responsibleOrganisationId: milestone.responsibleOrganisationId ?? null, decisionId: decision.id };
    const written = milestone.milestoneId
      ? await this.milestones.apply(
          { kind: 'MOVE', milestoneId: milestone.milestoneId, dueOn: milestone.dueOn, reason: `${meeting.title}, Beschluss ${number}`, ...decided },
          actor,
          tx,
        )
      : await this.milestones.apply(
          { kind: 'ADD', projectId: milestone.projectId, title: milestone.title!, dueOn: milestone.dueOn, ...decided },
          actor,
          tx,
        );
    await tx.meetingDecision.update({ where: { id: decision.id }, data: { milestoneId: written.id } });
  }

  /**
   * The meeting's mandate: a project of one of its topic fields, a due date from today on, a
   * responsible organisation that exists. Unknown projects and milestones are left to
   * `MilestonesService.apply` (PROJECT_NOT_FOUND, MILESTONE_NOT_FOUND, MILESTONE_DONE).
   */
  private async checkMilestone({ tx, meeting, now }: Publication, number: number, input: DecisionMilestoneInput): Promise<DecisionMilestoneInput> {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { topicFieldKey: true } });
    if (project && !meeting.topicFieldKeys.includes(project.topicFieldKey))
      throw new MeetingDecisionInvalidError('PROJECT_NOT_IN_TOPIC_FIELDS', number);
    if (input.milestoneId) {
      const existing = await tx.milestone.findUnique({ where: { id: input.milestoneId }, select: { projectId: true } });
      if (existing && existing.projectId !== input.projectId) throw new MeetingDecisionInvalidError('MILESTONE_OF_OTHER_PROJECT', number);
    } else if (!input.title?.trim()) throw new MeetingDecisionInvalidError('MILESTONE_TITLE_MISSING', number);
    if (input.dueOn.toISOString().slice(0, 10) < berlinDate(now)) throw new MeetingDecisionInvalidError('DUE_IN_PAST', number);
    const responsible = input.responsibleOrganisationId;
    if (responsible && !(await tx.organisation.findUnique({ where: { id: responsible }, select: { id: true } }))) {
      throw new MeetingDecisionInvalidError('UNKNOWN_ORGANISATION', number);
    }
    return input;
  }

  private async snapshot(db: Db, meetingId: string) {
    const [minutes, items, decisions] = await Promise.all([
      db.meetingMinutes.findUnique({ where: { meetingId } }),
      db.agendaItemMinutes.findMany({ where: { agendaItem: { meetingId } } }),
      db.meetingDecision.findMany({ where: { meetingId }, orderBy: { number: 'asc' } }),
    ]);
    return { minutes, items, decisions };
  }

  // Reads for the GraphQL fields (through the loaders).

  minutesOf(meetingIds: readonly string[]): Promise<MeetingMinutes[]> {
    return this.prisma.meetingMinutes.findMany({ where: { meetingId: { in: [...meetingIds] } } });
  }

  agendaMinutesOf(agendaItemIds: readonly string[]): Promise<AgendaItemMinutes[]> {
    return this.prisma.agendaItemMinutes.findMany({ where: { agendaItemId: { in: [...agendaItemIds] } } });
  }

  decisionsOf(meetingIds: readonly string[]): Promise<MeetingDecision[]> {
    return this.prisma.meetingDecision.findMany({
      where: { meetingId: { in: [...meetingIds] } },
      orderBy: [{ meetingId: 'asc' }, { number: 'asc' }],
    });
  }

  milestonesByIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.prisma.milestone.findMany({ where: { id: { in: [...ids] } } });
  }

  decisionsByIds(ids: readonly string[]): Promise<MeetingDecision[]> {
    return this.prisma.meetingDecision.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Of these meetings, the ids the viewer may see (for the decision shown on a milestone). */
  async visibleIds(viewer: MeetingViewer, meetingIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.meeting.findMany({
      where: { AND: [{ id: { in: [...meetingIds] } }, visibleWhere(viewer)] },
      select: { id: true },
    });
    return new Set(rows.map((row) => row.id));
  }
}

function texts(input: DecisionInput): { textDe: string; textEn: string } {
  const textDe = input.textDe.trim();
  return { textDe, textEn: input.textEn?.trim() || textDe };
}

/** What the audit log keeps of the minutes: every text, so corrections stay traceable. */
function summary({ items, decisions }: { items: AgendaItemMinutes[]; decisions: MeetingDecision[] }) {
  return {
    items: items.map((item) => ({ agendaItemId: item.agendaItemId, text: item.text })),
    decisions: decisions.map((d) => ({
      number: d.number,
      agendaItemId: d.agendaItemId,
      textDe: d.textDe,
      textEn: d.textEn,
      milestoneId: d.milestoneId,
    })),
  };
}
