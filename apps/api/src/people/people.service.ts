import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@wiw/db';
import { keysetPage, toConnection, type Connection, type PageArgs } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { PersonFilter } from './inputs/people.args';

const WITH_DETAILS = {
  roles: { select: { role: true }, orderBy: { role: 'asc' } },
  memberships: { select: { role: true, organisation: { select: { id: true, name: true } } }, orderBy: { organisation: { sortName: 'asc' } } },
  officeTerms: { where: { endedAt: null }, select: { office: { select: { titleDe: true, titleEn: true } } } },
} satisfies Prisma.UserInclude;

export type PersonRow = Prisma.UserGetPayload<{ include: typeof WITH_DETAILS }>;

function whereOf(filter: PersonFilter | null | undefined): Prisma.UserWhereInput {
  const words = (filter?.search ?? '')
    .replace(/[%\\]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 10);
  return {
    deletedAt: null,
    AND: words.map((word) => ({ OR: [{ name: { contains: word, mode: 'insensitive' } }, { email: { contains: word.toLowerCase() } }] })),
    ...(filter?.role
      ? { OR: [{ roles: { some: { role: filter.role } } }, { officeTerms: { some: { endedAt: null, office: { role: filter.role } } } }] }
      : {}),
    ...(filter?.organisationId ? { memberships: { some: { organisationId: filter.organisationId } } } : {}),
  };
}

/** People with accounts, for the joint office: sorted by name, keyset pagination on (name, id). */
@Injectable()
export class PeopleService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(filter: PersonFilter | null | undefined, pageArgs: PageArgs): Promise<Connection<PersonRow>> {
    const page = keysetPage(pageArgs, 2);
    const where = whereOf(filter);
    const after: Prisma.UserWhereInput | null = page.after
      ? { AND: [{ name: { gte: page.after[0] } }, { OR: [{ name: { gt: page.after[0] } }, { id: { gt: page.after[1] } }] }] }
      : null;
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        where: after ? { AND: [where, after] } : where,
        include: WITH_DETAILS,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.user.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.name, row.id],
      (row) => row,
    );
  }
}
