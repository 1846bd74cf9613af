import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { ScaleData } from './generate';

const BATCH = 10_000;

export interface Progress {
  (done: number, total: number, what: string): void;
}

/** Removes earlier scale data (organisations "scale-…" and their talents), so a run replaces it. */
export async function removeScaleData(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRaw`DELETE FROM "Organisation" WHERE slug LIKE 'scale-%'`,
    prisma.$executeRaw`DELETE FROM "User" WHERE email LIKE 'scale-talent-%@scale.example.org'`,
  ]);
}

async function inBatches<T>(rows: readonly T[], what: string, progress: Progress, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await insert(rows.slice(start, start + BATCH));
    progress(Math.min(start + BATCH, rows.length), rows.length, what);
  }
}

const column = <T, K extends keyof T>(rows: readonly T[], key: K): Array<T[K]> => rows.map((row) => row[key]);

/**
 * Inserts generated data with one INSERT … SELECT FROM unnest(arrays) per batch of 10,000 rows
 * (far faster than row-by-row), writing the skill rows' copied state as the services do; then
 * vacuums the tables unless `vacuum` is false (inside a transaction, where VACUUM cannot run).
 */
export async function insertScaleData(
  prisma: Prisma.TransactionClient,
  data: ScaleData,
  progress: Progress,
  { vacuum = true }: { vacuum?: boolean } = {},
): Promise<void> {
  const now = new Date();
  await inBatches(
    data.organisations,
    'organisations',
    progress,
    (rows) => prisma.$executeRaw`
    INSERT INTO "Organisation" (id, slug, name, kind, "isFictional", "municipalityId", "verifiedAt", "sortName", "searchText", "updatedAt")
    SELECT u.id, u.slug, u.name, u.kind::"OrganisationKind", true, u.municipality, ${now}, u.sort, u.search, ${now}
    FROM unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'slug')}::text[], ${column(rows, 'name')}::text[], ${column(rows, 'kind')}::text[],
      ${column(rows, 'municipalityId')}::uuid[], ${column(rows, 'sortName')}::text[], ${column(rows, 'searchText')}::text[]) AS u(id, slug, name, kind, municipality, sort, search)`,
  );
  await inBatches(
    data.users,
    'talents',
    progress,
    (rows) => prisma.$executeRaw`
    INSERT INTO "User" (id, email, name, "passwordHash", "emailVerifiedAt", "updatedAt")
    SELECT u.id, u.email, u.name, '!scale-data: no sign-in', ${now}, ${now}
    FROM unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'email')}::text[], ${column(rows, 'name')}::text[]) AS u(id, email, name)`,
  );
  await inBatches(
    data.needs,
    'needs',
    progress,
    (rows) => prisma.$executeRaw`
    INSERT INTO "SkillNeed" (id, "organisationId", title, description, headcount, kind, "municipalityId", "remoteMode", "startDate", "topicFieldKey", status, "publishedAt", "expiresAt", "searchText", "updatedAt")
    SELECT u.id, u.org, u.title, u.description, u.headcount, u.kind::"NeedKind", u.municipality, u.remote::"RemoteMode", u.start, u.field::"TopicFieldKey",
      u.status::"NeedStatus", u.published, u.expires, u.search, ${now}
    FROM unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'organisationId')}::uuid[], ${column(rows, 'title')}::text[], ${column(rows, 'description')}::text[],
      ${column(rows, 'headcount')}::int[], ${column(rows, 'kind')}::text[], ${column(rows, 'municipalityId')}::uuid[], ${column(rows, 'remoteMode')}::text[],
      ${column(rows, 'startDate')}::date[], ${column(rows, 'topicFieldKey')}::text[], ${column(rows, 'status')}::text[], ${column(rows, 'publishedAt')}::timestamptz[],
      ${column(rows, 'expiresAt')}::timestamptz[], ${column(rows, 'searchText')}::text[])
      AS u(id, org, title, description, headcount, kind, municipality, remote, start, field, status, published, expires, search)`,
  );
  const weightTotals = new Map<string, number>();
  for (const row of data.needSkills) weightTotals.set(row.needId, (weightTotals.get(row.needId) ?? 0) + (row.weight === 'REQUIRED' ? 3 : 1));
  await inBatches(
    data.needSkills,
    'need skills',
    progress,
    (rows) => prisma.$executeRaw`
    INSERT INTO "NeedSkill" ("needId", "skillId", weight, level, open, "organisationId", "weightTotal")
    SELECT u.need, u.skill, u.weight::"SkillWeight", u.level::"SkillLevel", n.status = 'OPEN', n."organisationId", u.total
    FROM unnest(${column(rows, 'needId')}::uuid[], ${column(rows, 'skillId')}::uuid[], ${column(rows, 'weight')}::text[], ${column(rows, 'level')}::text[],
      ${rows.map((row) => weightTotals.get(row.needId)!)}::int[]) AS u(need, skill, weight, level, total)
    JOIN "SkillNeed" n ON n.id = u.need`,
  );
  await inBatches(
    data.offers,
    'offers',
    progress,
    (rows) => prisma.$executeRaw`
    INSERT INTO "SkillOffer" (id, kind, "organisationId", "ownerId", title, description, "municipalityId", "radiusKm", "availableFrom", "remoteWilling", status, "publishedAt", "searchText", "updatedAt")
    SELECT u.id, u.kind::"OfferKind", u.org, u.owner, u.title, u.description, u.municipality, u.radius, u.available, u.remote, u.status::"OfferStatus", u.published, u.search, ${now}
    FROM unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'kind')}::text[], ${column(rows, 'organisationId')}::uuid[], ${column(rows, 'ownerId')}::uuid[],
      ${column(rows, 'title')}::text[], ${column(rows, 'description')}::text[], ${column(rows, 'municipalityId')}::uuid[], ${column(rows, 'radiusKm')}::int[],
      ${column(rows, 'availableFrom')}::date[], ${column(rows, 'remoteWilling')}::boolean[], ${column(rows, 'status')}::text[], ${column(rows, 'publishedAt')}::timestamptz[],
      ${column(rows, 'searchText')}::text[]) AS u(id, kind, org, owner, title, description, municipality, radius, available, remote, status, published, search)`,
  );
  await inBatches(
    data.offerSkills,
    'offer skills',
    progress,
    (rows) => prisma.$executeRaw`
    INSERT INTO "OfferSkill" ("offerId", "skillId", level, open, "organisationId")
    SELECT u.offer, u.skill, u.level::"SkillLevel", o.status = 'OPEN', o."organisationId"
    FROM unnest(${column(rows, 'offerId')}::uuid[], ${column(rows, 'skillId')}::uuid[], ${column(rows, 'level')}::text[]) AS u(offer, skill, level)
    JOIN "SkillOffer" o ON o.id = u.offer`,
  );
  if (!vacuum) return;
  // Statistics for the planner and a visibility map for index-only scans. With asynchronous
  // commit (our throwaway test servers) VACUUM cannot mark pages all-visible before the inserts'
  // commit records are flushed, which the WAL writer does within a fraction of a second: vacuum
  // again until the skill tables (which matching reads index-only) are all-visible, five times at most.
  for (let round = 0; round < 5; round += 1) {
    await prisma.$executeRaw`SELECT pg_sleep(0.5)`;
    for (const table of ['Organisation', 'SkillNeed', 'NeedSkill', 'SkillOffer', 'OfferSkill'])
      await prisma.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
    const [{ hidden }] = await prisma.$queryRaw<
      [{ hidden: number }]
    >`SELECT sum(relpages - relallvisible)::int AS hidden FROM pg_class WHERE relname IN ('NeedSkill', 'OfferSkill')`;
    if (hidden === 0) break;
  }
}
