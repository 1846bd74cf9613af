import { Inject, Injectable } from '@nestjs/common';
import type { OfferSkill, OfferStatus, Prisma, PrismaClient, SkillOffer } from '@wiw/db';
import { searchText } from '@wiw/domain';
import { isUuid, type Connection, type PageArgs } from '../../common/pagination/pagination';
import type { BoardSort, OfferFilter } from '../common/board-filter.input';
import { boardPage, OFFER_BOARD } from '../common/board-query';
import { PRISMA } from '../../database/database.module';
import { isMember, requireMember, requireVerified, seesAll } from '../../access';
import { AuditService, changedFields } from '../../audit';
import { ForbiddenError } from '../../common/auth/auth.errors';
import type { AuthState } from '../../common/graphql/context';
import { InvalidTransitionError, OfferNotFoundError, OfferOwnerError } from '../common/matchmaking.errors';
import { requireMunicipality, requireSkills } from '../common/references';
import type { CreateOfferInput, OfferInput } from './offer.input';

type Db = Prisma.TransactionClient;

function offerData(input: OfferInput) {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    municipalityId: input.municipalityId,
    radiusKm: input.radiusKm,
    availableFrom: input.availableFrom,
    remoteWilling: input.remoteWilling,
    searchText: searchText([input.title, input.description]),
  };
}

function auditedFields(offer: SkillOffer): Record<string, unknown> {
  const { title, description, municipalityId, radiusKm, remoteWilling } = offer;
  return { title, description, municipalityId, radiusKm, remoteWilling, availableFrom: offer.availableFrom.toISOString().slice(0, 10) };
}

/** Rewrites the offer's skill rows with its state copied into them (see OfferSkill). */
async function writeSkillRows(tx: Db, offer: SkillOffer, skills: OfferInput['skills']): Promise<void> {
  await tx.offerSkill.deleteMany({ where: { offerId: offer.id } });
  await tx.offerSkill.createMany({
    data: skills.map((skill) => ({
      offerId: offer.id,
      skillId: skill.skillId,
      level: skill.level,
      open: offer.status === 'OPEN',
      organisationId: offer.organisationId,
    })),
  });
}

/** The person may act for the offer: a member of its organisation, or the individual of a talent offer. */
export async function ownsOffer(db: Db, userId: string | null | undefined, offer: Pick<SkillOffer, 'organisationId' | 'ownerId'>): Promise<boolean> {
  if (!userId) return false;
  if (offer.organisationId === null) return offer.ownerId === userId;
  return isMember(db, userId, offer.organisationId);
}

/** The same as ownsOffer, with the user's organisation ids already known. */
export function ownsOfferQuick(offer: Pick<SkillOffer, 'organisationId' | 'ownerId'>, userId: string, organisationIds: readonly string[]): boolean {
  return offer.organisationId === null ? offer.ownerId === userId : organisationIds.includes(offer.organisationId);
}

/** Offers of organisations and individuals: drafts, publishing, closing; every change audited. */
@Injectable()
export class OffersService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async create(actorUserId: string, input: CreateOfferInput, requestId: string): Promise<SkillOffer> {
    const isTalent = input.kind === 'TALENT';
    if (isTalent !== !input.organisationId) throw new OfferOwnerError();
    return this.prisma.$transaction(async (tx) => {
      if (input.organisationId) await requireMember(tx, actorUserId, input.organisationId);
      await requireSkills(
        tx,
        input.skills.map((skill) => skill.skillId),
      );
      await requireMunicipality(tx, input.municipalityId);
      const offer = await tx.skillOffer.create({
        data: { ...offerData(input), kind: input.kind, organisationId: input.organisationId ?? null, ownerId: actorUserId },
      });
      await writeSkillRows(tx, offer, input.skills);
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: offer.organisationId,
        action: 'offer.created',
        entityType: 'SkillOffer',
        entityId: offer.id,
        changes: { title: offer.title, kind: offer.kind, status: offer.status, skills: input.skills.length },
        requestId,
      });
      return offer;
    });
  }

  async update(actorUserId: string, id: string, input: OfferInput, requestId: string): Promise<SkillOffer> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockOwn(tx, actorUserId, id);
      if (before.status === 'CLOSED') throw new InvalidTransitionError(before.status, 'UPDATE');
      await requireSkills(
        tx,
        input.skills.map((skill) => skill.skillId),
      );
      await requireMunicipality(tx, input.municipalityId);
      const beforeSkills = await tx.offerSkill.findMany({
        where: { offerId: id },
        select: { skillId: true, level: true },
        orderBy: { skillId: 'asc' },
      });
      const offer = await tx.skillOffer.update({ where: { id }, data: offerData(input) });
      await writeSkillRows(tx, offer, input.skills);
      const sortedSkills = [...input.skills].sort((a, b) => (a.skillId < b.skillId ? -1 : 1)).map(({ skillId, level }) => ({ skillId, level }));
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: offer.organisationId,
        action: 'offer.updated',
        entityType: 'SkillOffer',
        entityId: id,
        changes: changedFields({ ...auditedFields(before), skills: beforeSkills }, { ...auditedFields(offer), skills: sortedSkills }),
        requestId,
      });
      return offer;
    });
  }

  /** DRAFT → OPEN; an organisation's offer needs a verified organisation. */
  publish(actorUserId: string, id: string, requestId: string, now = new Date()): Promise<SkillOffer> {
    return this.transition(actorUserId, id, ['DRAFT'], 'OPEN', requestId, 'offer.published', async (tx, offer) => {
      if (offer.organisationId) {
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: offer.organisationId }, select: { verifiedAt: true } });
        requireVerified(organisation);
      }
      return { publishedAt: now };
    });
  }

  close(actorUserId: string, id: string, requestId: string): Promise<SkillOffer> {
    return this.transition(actorUserId, id, ['DRAFT', 'OPEN'], 'CLOSED', requestId, 'offer.closed', () => Promise.resolve({}));
  }

  async findVisible(id: string, viewerUserId: string | null | undefined, seesAll = false): Promise<SkillOffer> {
    const offer = isUuid(id) ? await this.prisma.skillOffer.findUnique({ where: { id } }) : null;
    if (!offer) throw new OfferNotFoundError();
    if (offer.status === 'OPEN' || seesAll || (await ownsOffer(this.prisma, viewerUserId, offer))) return offer;
    throw new OfferNotFoundError();
  }

  /** An offer whose matches the viewer may see: their own (the joint office: any); FORBIDDEN for someone else's open offer. */
  async findForMatching(id: string, viewer: AuthState['user']): Promise<SkillOffer> {
    const everything = seesAll(viewer);
    const offer = await this.findVisible(id, viewer.id, everything);
    if (!everything && !(await ownsOffer(this.prisma, viewer.id, offer))) throw new ForbiddenError();
    return offer;
  }

  /** The user's own talent offers and those of their organisations, newest first. */
  mine(userId: string, status: OfferStatus | null | undefined): Promise<SkillOffer[]> {
    return this.prisma.skillOffer.findMany({
      where: {
        OR: [{ organisationId: null, ownerId: userId }, { organisation: { memberships: { some: { userId } } } }],
        ...(status ? { status } : {}),
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: 200,
    });
  }

  /** Ids of one page of the board of open offers. */
  board(filter: OfferFilter | null | undefined, sort: BoardSort, pageArgs: PageArgs): Promise<Connection<string>> {
    return boardPage(this.prisma, OFFER_BOARD, filter, sort, pageArgs);
  }

  /** The skills of these offers, by German label. */
  skillRows(offerIds: readonly string[]): Promise<OfferSkill[]> {
    return this.prisma.offerSkill.findMany({ where: { offerId: { in: [...offerIds] } }, orderBy: [{ skill: { labelDe: 'asc' } }] });
  }

  findByIds(ids: readonly string[]): Promise<SkillOffer[]> {
    return this.prisma.skillOffer.findMany({ where: { id: { in: [...ids] } } });
  }

  private async lockOwn(tx: Db, actorUserId: string, id: string): Promise<SkillOffer> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "SkillOffer" WHERE id = ${id}::uuid FOR UPDATE` : [];
    if (locked.length === 0) throw new OfferNotFoundError();
    const offer = await tx.skillOffer.findUniqueOrThrow({ where: { id } });
    if (!(await ownsOffer(tx, actorUserId, offer))) throw new OfferNotFoundError();
    return offer;
  }

  private transition(
    actorUserId: string,
    id: string,
    from: OfferStatus[],
    to: OfferStatus,
    requestId: string,
    action: string,
    extra: (tx: Db, offer: SkillOffer) => Promise<Prisma.SkillOfferUpdateInput>,
  ): Promise<SkillOffer> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.lockOwn(tx, actorUserId, id);
      if (!from.includes(before.status)) throw new InvalidTransitionError(before.status, to);
      const offer = await tx.skillOffer.update({ where: { id }, data: { status: to, ...(await extra(tx, before)) } });
      await tx.offerSkill.updateMany({ where: { offerId: id }, data: { open: to === 'OPEN' } });
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: offer.organisationId,
        action,
        entityType: 'SkillOffer',
        entityId: id,
        changes: { status: { from: before.status, to } },
        requestId,
      });
      return offer;
    });
  }
}
