import { Inject, Injectable } from '@nestjs/common';
import type { Organisation, Prisma, PrismaClient } from '@wiw/db';
import { AuditService } from '../audit';
import { ForbiddenError } from '../common/auth/auth.errors';
import { PRISMA } from '../database/database.module';
import { isUuid, keysetPage, toConnection, type Connection, type PageArgs } from '../common/pagination/pagination';
import type { OrganisationFilter } from './inputs/organisation-filter.input';
import { searchTextWhere } from '../common/search/search-terms';
import { OrganisationNotFoundError } from './organisations.errors';

/** Who is looking: the joint office sees every organisation, everyone else verified ones (and their own). */
export interface Viewer {
  userId: string | null;
  seesUnverified: boolean;
}

export const ANONYMOUS: Viewer = { userId: null, seesUnverified: false };

function verifiedCondition(filter: OrganisationFilter, viewer: Viewer): Prisma.OrganisationWhereInput {
  if (filter.verified === false && !viewer.seesUnverified) throw new ForbiddenError();
  if (filter.verified === false) return { verifiedAt: null };
  if (filter.verified === true || !viewer.seesUnverified) return { verifiedAt: { not: null } };
  return {};
}

function whereOf(filter: OrganisationFilter = {}): Prisma.OrganisationWhereInput {
  const municipality: Prisma.MunicipalityWhereInput = {
    ...(filter.region ? { regionKey: filter.region } : {}),
    ...(filter.side ? { region: { side: filter.side } } : {}),
  };
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.memberOnly ? { isMember: true } : {}),
    ...(Object.keys(municipality).length ? { municipality } : {}),
    AND: searchTextWhere(filter.search),
  };
}

@Injectable()
export class OrganisationsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** The directory, sorted by name (umlaut-folded) with keyset pagination on (sortName, id). */
  async list(filter: OrganisationFilter | undefined, pageArgs: PageArgs, viewer: Viewer = ANONYMOUS): Promise<Connection<Organisation>> {
    const page = keysetPage(pageArgs, 2);
    const where = { AND: [whereOf(filter), verifiedCondition(filter ?? {}, viewer)] };
    // (sortName, id) > (a, b), written so that PostgreSQL can start the index scan at sortName >= a.
    const after: Prisma.OrganisationWhereInput | null = page.after
      ? { AND: [{ sortName: { gte: page.after[0] } }, { OR: [{ sortName: { gt: page.after[0] } }, { id: { gt: page.after[1] } }] }] }
      : null;
    // One transaction, so the count and the page agree under concurrent writes.
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.organisation.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy: [{ sortName: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.organisation.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.sortName, row.id],
      (row) => row,
    );
  }

  /** An unverified organisation exists only for the joint office and its own members. */
  async findById(id: string, viewer: Viewer = ANONYMOUS): Promise<Organisation> {
    const organisation = isUuid(id) ? await this.prisma.organisation.findUnique({ where: { id } }) : null;
    if (!organisation) throw new OrganisationNotFoundError(id);
    if (organisation.verifiedAt || viewer.seesUnverified) return organisation;
    const member = viewer.userId ? await this.prisma.membership.count({ where: { organisationId: id, userId: viewer.userId } }) : 0;
    if (member === 0) throw new OrganisationNotFoundError(id);
    return organisation;
  }

  /** The joint office confirms an organisation; from then on it is public. Idempotent. */
  async verify(id: string, actorUserId: string, requestId: string): Promise<Organisation> {
    if (!isUuid(id)) throw new OrganisationNotFoundError(id);
    return this.prisma.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUnique({ where: { id } });
      if (!organisation) throw new OrganisationNotFoundError(id);
      if (organisation.verifiedAt) return organisation;
      const verified = await tx.organisation.update({ where: { id }, data: { verifiedAt: new Date() } });
      await this.audit.record(tx, {
        actorUserId,
        action: 'organisation.verified',
        entityType: 'Organisation',
        entityId: id,
        changes: { verifiedAt: { from: null, to: verified.verifiedAt } },
        requestId,
      });
      return verified;
    });
  }

  membershipsOfUsers(userIds: readonly string[]): Promise<Array<{ userId: string; organisationId: string }>> {
    return this.prisma.membership.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, organisationId: true } });
  }

  /** True when fictional organisations (the demo data) are in the database. */
  async hasFictionalData(): Promise<boolean> {
    return (await this.prisma.organisation.findFirst({ where: { isFictional: true }, select: { id: true } })) !== null;
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
  }
}
