import { Inject, Injectable } from '@nestjs/common';
import type { NeedSkill, NeedStatus, Prisma, PrismaClient, SkillNeed } from '@wiw/db';
import { searchText } from '@wiw/domain';
import { isUuid, type Connection, type PageArgs } from '../../common/pagination/pagination';
import type { BoardSort, NeedFilter } from '../common/board-filter.input';
import { boardPage, NEED_BOARD } from '../common/board-query';
import { PRISMA } from '../../database/database.module';
import { isMember, requireMember, requireVerified, seesAll } from '../../access';
import { AuditService, changedFields } from '../../audit';
import { ForbiddenError } from '../../common/auth/auth.errors';
import type { AuthState } from '../../common/graphql/context';
import { InvalidTransitionError, NeedNotFoundError, NeedOrganisationKindError } from '../common/matchmaking.errors';
import { requireMunicipality, requireSkills } from '../common/references';
import type { CreateNeedInput, NeedInput } from './need.input';

/** Open needs close this many days after publishing or renewal. */
export const NEED_LIFETIME_DAYS = 90;
const DAY_MS = 86_400_000;
type Db = Prisma.TransactionClient;

function needData(input: NeedInput) {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    headcount: input.headcount,
    kind: input.kind,
    municipalityId: input.municipalityId,
    remoteMode: input.remoteMode,
    startDate: input.startDate ?? null,
    topicFieldKey: input.topicField,
    searchText: searchText([input.title, input.description]),
  };
}

/** What the audit log compares on an update. */
function auditedFields(need: SkillNeed): Record<string, unknown> {
  const { title, description, headcount, kind, municipalityId, remoteMode, topicFieldKey } = need;
  return {
    title,
    description,
    headcount,
    kind,
    municipalityId,
    remoteMode,
    topicFieldKey,
    startDate: need.startDate?.toISOString().slice(0, 10) ?? null,
  };
}

/**
 * Rewrites the need's skill rows with the need's state copied into them (see the NeedSkill
 * model), so matching reads one index. Called in every transaction that changes a need.
 */
async function writeSkillRows(tx: Db, need: SkillNeed, skills: NeedInput['skills']): Promise<void> {
  await tx.needSkill.deleteMany({ where: { needId: need.id } });
  const weightTotal = skills.reduce((sum, skill) => sum + (skill.weight === 'REQUIRED' ? 3 : 1), 0);
  await tx.needSkill.createMany({
    data: skills.map((skill) => ({
      needId: need.id,
      skillId: skill.skillId,
      weight: skill.weight,
      level: skill.level,
      open: need.status === 'OPEN',
      organisationId: need.organisationId,
      weightTotal,
    })),
  });
}

/** Needs of companies: drafts, publishing, renewal, closing. Every change is audited in its transaction. */
@Injectable()
export class NeedsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async create(actorUserId: string, input: CreateNeedInput, requestId: string): Promise<SkillNeed> {
    return this.prisma.$transaction(async (tx) => {
      const organisation = await requireMember(tx, actorUserId, input.organisationId);
      if (organisation.kind !== 'COMPANY') throw new NeedOrganisationKindError();
      await requireSkills(
        tx,
        input.skills.map((skill) => skill.skillId),
      );
      await requireMunicipality(tx, input.municipalityId);
      const need = await tx.skillNeed.create({ data: { ...needData(input), organisationId: input.organisationId, createdById: actorUserId } });
      await writeSkillRows(tx, need, input.skills);
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: need.organisationId,
        action: 'need.created',
        entityType: 'SkillNeed',
        entityId: need.id,
        changes: { title: need.title, status: need.status, skills: input.skills.length },
        requestId,
      });
      return need;
    });
  }

  /** Replaces what a draft or open need says; matching sees the change in the same transaction. */
  async update(actorUserId: string, id: string, input: NeedInput, requestId: string): Promise<SkillNeed> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockOwn(tx, actorUserId, id);
      if (before.status !== 'DRAFT' && before.status !== 'OPEN') throw new InvalidTransitionError(before.status, 'UPDATE');
      await requireSkills(
        tx,
        input.skills.map((skill) => skill.skillId),
      );
      await requireMunicipality(tx, input.municipalityId);
      const beforeSkills = await tx.needSkill.findMany({
        where: { needId: id },
        select: { skillId: true, weight: true, level: true },
        orderBy: { skillId: 'asc' },
      });
      const need = await tx.skillNeed.update({ where: { id }, data: needData(input) });
      await writeSkillRows(tx, need, input.skills);
      const sortedSkills = [...input.skills]
        .sort((a, b) => (a.skillId < b.skillId ? -1 : 1))
        .map(({ skillId, weight, level }) => ({ skillId, weight, level }));
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: need.organisationId,
        action: 'need.updated',
        entityType: 'SkillNeed',
        entityId: id,
        changes: changedFields({ ...auditedFields(before), skills: beforeSkills }, { ...auditedFields(need), skills: sortedSkills }),
        requestId,
      });
      return need;
    });
  }

  /** DRAFT → OPEN, only for verified organisations; the need expires in 90 days unless renewed. */
  publish(actorUserId: string, id: string, requestId: string, now = new Date()): Promise<SkillNeed> {
    return this.transition(actorUserId, id, ['DRAFT'], 'OPEN', requestId, 'need.published', async (tx, need) => {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: need.organisationId }, select: { verifiedAt: true } });
      requireVerified(organisation);
      return { publishedAt: now, expiresAt: new Date(now.getTime() + NEED_LIFETIME_DAYS * DAY_MS), expiryNoticeAt: null };
    });
  }

  /** An open need runs for another 90 days from now. */
  renew(actorUserId: string, id: string, requestId: string, now = new Date()): Promise<SkillNeed> {
    return this.transition(actorUserId, id, ['OPEN'], 'OPEN', requestId, 'need.renewed', () =>
      Promise.resolve({ expiresAt: new Date(now.getTime() + NEED_LIFETIME_DAYS * DAY_MS), expiryNoticeAt: null }),
    );
  }

  /** OPEN → FILLED or CLOSED (a draft can be CLOSED, i.e. discarded). */
  close(actorUserId: string, id: string, outcome: 'FILLED' | 'CLOSED', requestId: string): Promise<SkillNeed> {
    const from: NeedStatus[] = outcome === 'FILLED' ? ['OPEN'] : ['DRAFT', 'OPEN'];
    return this.transition(actorUserId, id, from, outcome, requestId, outcome === 'FILLED' ? 'need.filled' : 'need.closed', () =>
      Promise.resolve({}),
    );
  }

  /** A need as the viewer may see it: open ones publicly, others only for members of the organisation. */
  async findVisible(id: string, viewerUserId: string | null | undefined, seesAll = false): Promise<SkillNeed> {
    const need = isUuid(id) ? await this.prisma.skillNeed.findUnique({ where: { id } }) : null;
    if (!need) throw new NeedNotFoundError();
    if (need.status === 'OPEN' || seesAll || (await isMember(this.prisma, viewerUserId, need.organisationId))) return need;
    throw new NeedNotFoundError();
  }

  /** A need whose matches the viewer may see: their organisation's (the joint office: any); FORBIDDEN for someone else's open need. */
  async findForMatching(id: string, viewer: AuthState['user']): Promise<SkillNeed> {
    const everything = seesAll(viewer);
    const need = await this.findVisible(id, viewer.id, everything);
    if (!everything && !(await isMember(this.prisma, viewer.id, need.organisationId))) throw new ForbiddenError();
    return need;
  }

  /** The needs of the organisations the user belongs to, newest first, every status. */
  mine(userId: string, status: NeedStatus | null | undefined): Promise<SkillNeed[]> {
    return this.prisma.skillNeed.findMany({
      where: { organisation: { memberships: { some: { userId } } }, ...(status ? { status } : {}) },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: 200,
    });
  }

  /** Ids of one page of the board of open needs. */
  board(filter: NeedFilter | null | undefined, sort: BoardSort, pageArgs: PageArgs): Promise<Connection<string>> {
    return boardPage(this.prisma, NEED_BOARD, filter, sort, pageArgs);
  }

  /** The skills of these needs, required first, then by German label. */
  skillRows(needIds: readonly string[]): Promise<NeedSkill[]> {
    return this.prisma.needSkill.findMany({ where: { needId: { in: [...needIds] } }, orderBy: [{ weight: 'asc' }, { skill: { labelDe: 'asc' } }] });
  }

  findByIds(ids: readonly string[]): Promise<SkillNeed[]> {
    return this.prisma.skillNeed.findMany({ where: { id: { in: [...ids] } } });
  }

  private async lockOwn(tx: Db, actorUserId: string, id: string): Promise<SkillNeed> {
    // Row lock: concurrent transitions of one need run one after the other.
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "SkillNeed" WHERE id = ${id}::uuid FOR UPDATE` : [];
    if (locked.length === 0) throw new NeedNotFoundError();
    const need = await tx.skillNeed.findUniqueOrThrow({ where: { id } });
    if (!(await isMember(tx, actorUserId, need.organisationId))) throw new NeedNotFoundError();
    return need;
  }

  private transition(
    actorUserId: string,
    id: string,
    from: NeedStatus[],
    to: NeedStatus,
    requestId: string,
    action: string,
    extra: (tx: Db, need: SkillNeed) => Promise<Prisma.SkillNeedUpdateInput>,
  ): Promise<SkillNeed> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockOwn(tx, actorUserId, id);
      if (!from.includes(before.status)) throw new InvalidTransitionError(before.status, to);
      const need = await tx.skillNeed.update({ where: { id }, data: { status: to, ...(await extra(tx, before)) } });
      await tx.needSkill.updateMany({ where: { needId: id }, data: { open: to === 'OPEN' } });
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: need.organisationId,
        action,
        entityType: 'SkillNeed',
        entityId: id,
        changes: {
          status: { from: before.status, to },
          ...(need.expiresAt?.getTime() !== before.expiresAt?.getTime() ? { expiresAt: { from: before.expiresAt, to: need.expiresAt } } : {}),
        },
        requestId,
      });
      return need;
    });
  }
}
