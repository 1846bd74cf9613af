import { Inject, Injectable } from '@nestjs/common';
import type { Organisation, Prisma, PrismaClient } from '@wiw/db';
import { foldText } from '@wiw/domain';
import { PRISMA } from '../database/database.module';
import { isUuid, keysetPage, toConnection, type Connection, type PageArgs } from '../common/pagination/pagination';
import type { OrganisationFilter } from './inputs/organisation-filter.input';
import { OrganisationNotFoundError } from './organisations.errors';

/** Folded search words; LIKE wildcards are dropped so they match literally nothing special. */
export function searchTerms(search: string | null | undefined): string[] {
  if (!search) return [];
  return foldText(search.replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter((term) => term.length > 0)
    .slice(0, 10);
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
    AND: searchTerms(filter.search).map((term) => ({ searchText: { contains: term } })),
  };
}

@Injectable()
export class OrganisationsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** The directory, sorted by name (umlaut-folded) with keyset pagination on (sortName, id). */
  async list(filter: OrganisationFilter | undefined, pageArgs: PageArgs): Promise<Connection<Organisation>> {
    const page = keysetPage(pageArgs, 2);
    const where = whereOf(filter);
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
    return toConnection(rows, page, totalCount, (row) => [row.sortName, row.id], (row) => row);
  }

  async findById(id: string): Promise<Organisation> {
    const organisation = isUuid(id) ? await this.prisma.organisation.findUnique({ where: { id } }) : null;
    if (!organisation) throw new OrganisationNotFoundError(id);
    return organisation;
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
  }
}
