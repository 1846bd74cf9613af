import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient, type Skill } from '@wiw/db';
import { InvalidCursorError } from '../../common/errors/common.errors';
import { keysetPage, toConnection, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { searchTextSql } from '../../common/search/search-terms';
import { RANK_COUNT, skillRankSql } from './skills.sql';
import type { SkillCategory } from '../common/enums';

type RankedSkill = Skill & { rank: number };

/** The skill taxonomy: search for the skill picker, lookups for the board. */
@Injectable()
export class SkillsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /**
   * Skills whose labels or synonyms contain every search word, best match first (exact label,
   * exact synonym or abbreviation, word prefix, other; see skillRankSql), then by German label.
   * Keyset on (rank, labelDe, id); without a search simply by German label.
   */
  async search(search: string | null | undefined, category: SkillCategory | null | undefined, pageArgs: PageArgs): Promise<Connection<Skill>> {
    const page = keysetPage(pageArgs, 3);
    const conditions = [Prisma.sql`TRUE`, ...searchTextSql(Prisma.sql`s."searchText"`, search)];
    if (category) conditions.push(Prisma.sql`s.category = ${category}::"SkillCategory"`);
    const where = Prisma.join(conditions, ' AND ');
    let after = Prisma.empty;
    if (page.after) {
      const [rank, labelDe, id] = page.after as [string, string, string];
      if (!/^\d$/.test(rank) || Number(rank) >= RANK_COUNT) throw new InvalidCursorError();
      after = Prisma.sql`WHERE (ranked.rank, ranked."labelDe", ranked.id) > (${Number(rank)}, ${labelDe}, ${id}::uuid)`;
    }
    const [rows, counted] = await this.prisma.$transaction([
      this.prisma.$queryRaw<RankedSkill[]>`SELECT * FROM (SELECT s.*, ${skillRankSql(search)} AS rank FROM "Skill" s WHERE ${where}) AS ranked
        ${after} ORDER BY ranked.rank, ranked."labelDe", ranked.id LIMIT ${page.take + 1}`,
      this.prisma.$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS count FROM "Skill" s WHERE ${where}`,
    ]);
    return toConnection(
      rows,
      page,
      counted[0]?.count ?? 0,
      (row) => [String(row.rank), row.labelDe, row.id],
      ({ rank: _rank, ...row }) => row,
    );
  }

  findByIds(ids: readonly string[]): Promise<Skill[]> {
    return this.prisma.skill.findMany({ where: { id: { in: [...ids] } } });
  }
}
