import { Prisma, type PrismaClient } from '@wiw/db';
import { InvalidCursorError } from '../../common/errors/common.errors';
import { keysetPage, toConnection, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { searchTextSql } from '../../common/search/search-terms';
import { BoardSort, type NeedFilter, type OfferFilter } from './board-filter.input';

/** The two boards differ in table, skill table and a few filters; the query is the same. */
interface BoardTable {
  table: 'SkillNeed' | 'SkillOffer';
  skillTable: 'NeedSkill' | 'OfferSkill';
  ownerColumn: 'needId' | 'offerId';
}

export const NEED_BOARD: BoardTable = { table: 'SkillNeed', skillTable: 'NeedSkill', ownerColumn: 'needId' };
export const OFFER_BOARD: BoardTable = { table: 'SkillOffer', skillTable: 'OfferSkill', ownerColumn: 'offerId' };

/** The filters of either board (kind is a need kind or an offer kind). */
type AnyBoardFilter = Partial<Omit<NeedFilter, 'kind'> & Omit<OfferFilter, 'kind'>> & { kind?: string | null };

interface Row {
  id: string;
  relevance: number;
  publishedAt: Date;
}

const q = (name: string) => Prisma.raw(`"${name}"`);

function conditions(board: BoardTable, filter: AnyBoardFilter): Prisma.Sql[] {
  const skills = Prisma.sql`${q(board.skillTable)} bs`;
  const where: Prisma.Sql[] = [Prisma.sql`b.status = 'OPEN'`];
  where.push(...searchTextSql(Prisma.sql`b."searchText"`, filter.search));
  // Semi-joins on the open skill rows (the matching index), not a probe per board row.
  const ownerId = Prisma.sql`bs.${q(board.ownerColumn)}`;
  if (filter.skillIds?.length)
    where.push(Prisma.sql`b.id IN (SELECT ${ownerId} FROM ${skills} WHERE bs.open AND bs."skillId" = ANY(${filter.skillIds}::uuid[]))`);
  if (filter.category) {
    where.push(
      Prisma.sql`b.id IN (SELECT ${ownerId} FROM ${skills} JOIN "Skill" s ON s.id = bs."skillId" WHERE bs.open AND s.category = ${filter.category}::"SkillCategory")`,
    );
  }
  if (filter.region) where.push(Prisma.sql`m."regionKey" = ${filter.region}::"RegionKey"`);
  if (filter.side) where.push(Prisma.sql`r.side = ${filter.side}::"Side"`);
  if (filter.near) {
    where.push(Prisma.sql`great_circle_km(m.latitude, m.longitude, (SELECT latitude FROM "Municipality" WHERE id = ${filter.near.municipalityId}::uuid),
      (SELECT longitude FROM "Municipality" WHERE id = ${filter.near.municipalityId}::uuid)) <= ${filter.near.km}`);
  }
  if (filter.kind) where.push(Prisma.sql`b.kind::text = ${filter.kind}`);
  if (filter.remoteMode) where.push(Prisma.sql`b."remoteMode" = ${filter.remoteMode}::"RemoteMode"`);
  if (filter.topicField) where.push(Prisma.sql`b."topicFieldKey" = ${filter.topicField}::"TopicFieldKey"`);
  if (filter.remoteWilling !== undefined && filter.remoteWilling !== null) where.push(Prisma.sql`b."remoteWilling" = ${filter.remoteWilling}`);
  return where;
}

/**
 * One page of a board (open entries only): newest first, or by relevance (how many of the
 * filtered skills an entry has, then newest). Keyset pagination on (relevance, publishedAt, id).
 */
export async function boardPage(
  prisma: PrismaClient,
  board: BoardTable,
  filter: NeedFilter | OfferFilter | null | undefined,
  sort: BoardSort,
  pageArgs: PageArgs,
): Promise<Connection<string>> {
  const page = keysetPage(pageArgs, 3);
  const f: AnyBoardFilter = filter ?? {};
  const relevance =
    sort === BoardSort.RELEVANCE && f.skillIds?.length
      ? Prisma.sql`(SELECT count(*)::int FROM ${q(board.skillTable)} bs WHERE bs.${q(board.ownerColumn)} = b.id AND bs."skillId" = ANY(${f.skillIds}::uuid[]))`
      : Prisma.sql`0`;
  const where = conditions(board, f);
  const from = Prisma.sql`FROM ${q(board.table)} b JOIN "Municipality" m ON m.id = b."municipalityId" JOIN "Region" r ON r.key = m."regionKey"`;
  let after = Prisma.empty;
  if (page.after) {
    const [rel, publishedAt, id] = page.after as [string, string, string];
    const at = new Date(publishedAt);
    if (!/^\d+$/.test(rel) || Number.isNaN(at.getTime())) throw new InvalidCursorError();
    after = Prisma.sql`AND (${relevance}, b."publishedAt", b.id) < (${Number(rel)}, ${at}, ${id}::uuid)`;
  }
  const [rows, counted] = await prisma.$transaction([
    prisma.$queryRaw<Row[]>`SELECT b.id, ${relevance} AS relevance, b."publishedAt" ${from}
      WHERE ${Prisma.join(where, ' AND ')} ${after}
      ORDER BY relevance DESC, b."publishedAt" DESC, b.id DESC LIMIT ${page.take + 1}`,
    prisma.$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS count ${from} WHERE ${Prisma.join(where, ' AND ')}`,
  ]);
  return toConnection(
    rows,
    page,
    counted[0]?.count ?? 0,
    (row) => [String(row.relevance), row.publishedAt.toISOString(), row.id],
    (row) => row.id,
  );
}
