import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient, Skill } from '@wiw/db';
import { keysetPage, toConnection, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { searchTextWhere } from '../../common/search/search-terms';
import type { SkillCategory } from '../common/enums';

/** The skill taxonomy: search for the skill picker, lookups for the board. */
@Injectable()
export class SkillsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /**
   * Skills whose labels or synonyms contain every search word, sorted by German label (keyset on
   * labelDe, id); a label starting with the first word comes first on the first page.
   */
  async search(search: string | null | undefined, category: SkillCategory | null | undefined, pageArgs: PageArgs): Promise<Connection<Skill>> {
    const page = keysetPage(pageArgs, 2);
    const where: Prisma.SkillWhereInput = {
      ...(category ? { category } : {}),
      AND: searchTextWhere(search),
    };
    const after: Prisma.SkillWhereInput | null = page.after
      ? { AND: [{ labelDe: { gte: page.after[0] } }, { OR: [{ labelDe: { gt: page.after[0] } }, { id: { gt: page.after[1] } }] }] }
      : null;
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.skill.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy: [{ labelDe: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.skill.count({ where }),
    ]);
    return toConnection(
      rows,
      page,
      totalCount,
      (row) => [row.labelDe, row.id],
      (row) => row,
    );
  }

  findByIds(ids: readonly string[]): Promise<Skill[]> {
    return this.prisma.skill.findMany({ where: { id: { in: [...ids] } } });
  }
}
