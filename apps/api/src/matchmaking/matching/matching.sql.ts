import { Prisma } from '@wiw/db';
import { AVAILABILITY_HORIZON_DAYS, LEVEL_FIT_TENTHS, SCORE_WEIGHTS, SKILL_WEIGHT } from '@wiw/domain';

/**
 * The match score of packages/domain/src/matching.ts, in SQL. Both sides compute the same
 * floating-point operations in the same order (skill units are integers), so the ranking agrees;
 * test/matching-property.e2e-spec.ts checks it on random data.
 *
 * Candidates come from the covering partial indexes OfferSkill_match_idx / NeedSkill_match_idx
 * (open rows only, the other side's matching inputs copied in), so a ranking reads no table rows
 * of the candidates, only index entries, and touches the Municipality and Region tables for the
 * distance.
 */

const LEVEL = (column: string) => Prisma.raw(`(CASE ${column} WHEN 'BASIC' THEN 1 WHEN 'INTERMEDIATE' THEN 2 ELSE 3 END)`);
const WEIGHT = (column: string) => Prisma.raw(`(CASE ${column} WHEN 'REQUIRED' THEN ${SKILL_WEIGHT.REQUIRED} ELSE ${SKILL_WEIGHT.NICE_TO_HAVE} END)`);

/** Tenths of credit for an offered level against the level needed (both as 1..3). */
function fit(offered: Prisma.Sql, needed: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${offered} >= ${needed} THEN ${Prisma.raw(String(LEVEL_FIT_TENTHS.atLeast))}
    WHEN ${offered} = ${needed} - 1 THEN ${Prisma.raw(String(LEVEL_FIT_TENTHS.oneBelow))}
    ELSE ${Prisma.raw(String(LEVEL_FIT_TENTHS.twoBelow))} END)`;
}

const F = (value: number) => Prisma.raw(`${value}::float8`);

/** distance score: REMOTE 1, else the radius score (halved in weight for HYBRID). */
function distanceScore(remoteMode: Prisma.Sql, km: Prisma.Sql, radius: Prisma.Sql): Prisma.Sql {
  const within = Prisma.sql`(CASE WHEN ${km} <= ${radius} THEN ${F(1)} WHEN ${radius} = 0 THEN ${F(0)} ELSE greatest(${F(0)}, ${F(1)} - (${km} - ${radius}) / ${radius}) END)`;
  return Prisma.sql`(CASE ${remoteMode} WHEN 'REMOTE' THEN ${F(1)} WHEN 'HYBRID' THEN ${F(0.5)} + ${F(0.5)} * ${within} ELSE ${within} END)`;
}

function total(skill: Prisma.Sql, distance: Prisma.Sql, availability: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${F(SCORE_WEIGHTS.skills)} * ${skill} + ${F(SCORE_WEIGHTS.distance)} * ${distance} + ${F(SCORE_WEIGHTS.availability)} * ${availability})`;
}

function availability(gapDays: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`greatest(${F(0)}, ${F(1)} - ${gapDays}::float8 / ${F(AVAILABILITY_HORIZON_DAYS)})`;
}

export interface RankedRow {
  id: string;
  score: number;
  skill_score: number;
  distance_score: number;
  availability_score: number;
  distance_km: number;
  gap_days: number;
  cross_region: boolean;
  remote_mode: string;
  shared_skill_ids: string[];
}

/** The top `limit` open offers for a need (of another organisation), best first. `today`: YYYY-MM-DD in Berlin. */
export function offersForNeedSql(needId: string, today: string, limit: number): Prisma.Sql {
  return Prisma.sql`
WITH need AS (
  SELECT n."organisationId", n."remoteMode", greatest(coalesce(n."startDate", ${today}::date), ${today}::date) AS start,
         m.latitude AS lat, m.longitude AS lon, r.side
  FROM "SkillNeed" n JOIN "Municipality" m ON m.id = n."municipalityId" JOIN "Region" r ON r.key = m."regionKey"
  WHERE n.id = ${needId}::uuid
), wanted AS (
  SELECT ns."skillId", ${WEIGHT('ns.weight')} AS w, ${LEVEL('ns.level')} AS lvl FROM "NeedSkill" ns WHERE ns."needId" = ${needId}::uuid
), covered AS (
  SELECT os."offerId", os."municipalityId", os."radiusKm", os."availableFrom", sum(wanted.w * ${fit(LEVEL('os.level'), Prisma.raw('wanted.lvl'))}) AS units
  FROM wanted JOIN "OfferSkill" os ON os."skillId" = wanted."skillId" AND os.open
  WHERE os."organisationId" IS DISTINCT FROM (SELECT "organisationId" FROM need)
  GROUP BY os."offerId", os."municipalityId", os."radiusKm", os."availableFrom"
), measured AS (
  SELECT c."offerId" AS id, c.units::float8 / (SELECT sum(w) * ${Prisma.raw(String(LEVEL_FIT_TENTHS.atLeast))} FROM wanted)::float8 AS skill_score,
         great_circle_km(need.lat, need.lon, m.latitude, m.longitude) AS distance_km, c."radiusKm"::float8 AS radius,
         greatest(0, c."availableFrom" - need.start) AS gap_days, need."remoteMode" AS remote_mode,
         (need.side IS NOT NULL AND r.side IS NOT NULL AND need.side <> r.side) AS cross_region
  FROM covered c CROSS JOIN need JOIN "Municipality" m ON m.id = c."municipalityId" JOIN "Region" r ON r.key = m."regionKey"
), scored AS (
  SELECT x.*, ${distanceScore(Prisma.raw('x.remote_mode'), Prisma.raw('x.distance_km'), Prisma.raw('x.radius'))} AS distance_score,
         ${availability(Prisma.raw('x.gap_days'))} AS availability_score
  FROM measured x
), top AS (
  SELECT s.*, ${total(Prisma.raw('s.skill_score'), Prisma.raw('s.distance_score'), Prisma.raw('s.availability_score'))} AS score
  FROM scored s ORDER BY score DESC, s.id ASC LIMIT ${limit}
)
SELECT top.id, top.score, top.skill_score, top.distance_score, top.availability_score, top.distance_km, top.gap_days, top.cross_region, top.remote_mode::text AS remote_mode,
       ARRAY(SELECT os."skillId" FROM "OfferSkill" os WHERE os."offerId" = top.id AND os."skillId" IN (SELECT "skillId" FROM wanted)) AS shared_skill_ids
FROM top ORDER BY top.score DESC, top.id ASC`;
}

/** The top `limit` open needs (of other organisations) for an offer, best first. */
export function needsForOfferSql(offerId: string, today: string, limit: number): Prisma.Sql {
  return Prisma.sql`
WITH offer AS (
  SELECT o."organisationId", o."radiusKm"::float8 AS radius, o."availableFrom", m.latitude AS lat, m.longitude AS lon, r.side
  FROM "SkillOffer" o JOIN "Municipality" m ON m.id = o."municipalityId" JOIN "Region" r ON r.key = m."regionKey"
  WHERE o.id = ${offerId}::uuid
), have AS (
  SELECT os."skillId", ${LEVEL('os.level')} AS lvl FROM "OfferSkill" os WHERE os."offerId" = ${offerId}::uuid
), covered AS (
  SELECT ns."needId", ns."municipalityId", ns."remoteMode", ns."startDate", ns."weightTotal",
         sum(${WEIGHT('ns.weight')} * ${fit(Prisma.raw('have.lvl'), LEVEL('ns.level'))}) AS units
  FROM have JOIN "NeedSkill" ns ON ns."skillId" = have."skillId" AND ns.open
  WHERE ns."organisationId" IS DISTINCT FROM (SELECT "organisationId" FROM offer)
  GROUP BY ns."needId", ns."municipalityId", ns."remoteMode", ns."startDate", ns."weightTotal"
), measured AS (
  SELECT c."needId" AS id, c.units::float8 / (c."weightTotal" * ${Prisma.raw(String(LEVEL_FIT_TENTHS.atLeast))})::float8 AS skill_score,
         great_circle_km(m.latitude, m.longitude, offer.lat, offer.lon) AS distance_km, offer.radius,
         greatest(0, offer."availableFrom" - greatest(coalesce(c."startDate", ${today}::date), ${today}::date)) AS gap_days,
         c."remoteMode" AS remote_mode,
         (offer.side IS NOT NULL AND r.side IS NOT NULL AND offer.side <> r.side) AS cross_region
  FROM covered c CROSS JOIN offer JOIN "Municipality" m ON m.id = c."municipalityId" JOIN "Region" r ON r.key = m."regionKey"
), scored AS (
  SELECT x.*, ${distanceScore(Prisma.raw('x.remote_mode'), Prisma.raw('x.distance_km'), Prisma.raw('x.radius'))} AS distance_score,
         ${availability(Prisma.raw('x.gap_days'))} AS availability_score
  FROM measured x
), top AS (
  SELECT s.*, ${total(Prisma.raw('s.skill_score'), Prisma.raw('s.distance_score'), Prisma.raw('s.availability_score'))} AS score
  FROM scored s ORDER BY score DESC, s.id ASC LIMIT ${limit}
)
SELECT top.id, top.score, top.skill_score, top.distance_score, top.availability_score, top.distance_km, top.gap_days, top.cross_region, top.remote_mode::text AS remote_mode,
       ARRAY(SELECT ns."skillId" FROM "NeedSkill" ns WHERE ns."needId" = top.id AND ns."skillId" IN (SELECT "skillId" FROM have)) AS shared_skill_ids
FROM top ORDER BY top.score DESC, top.id ASC`;
}
