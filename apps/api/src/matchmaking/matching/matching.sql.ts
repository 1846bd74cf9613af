import { Prisma } from '@wiw/db';
import { AVAILABILITY_HORIZON_DAYS, LEVEL_FIT_TENTHS, SCORE_WEIGHTS, type SkillLevel, type SkillWeight } from '@wiw/domain';

/**
 * The match score of packages/domain/src/matching.ts, in SQL. Both sides compute the same
 * floating-point operations in the same order (skill units are integers), so the ranking agrees;
 * test/matching-property.e2e-spec.ts checks it on random data.
 *
 * Candidates and their skill units come from the covering partial indexes OfferSkill_match_idx /
 * NeedSkill_match_idx alone (open rows only): one range per (skill, level), sorted by the
 * candidate's id, merged and summed in a streaming aggregate. Only candidates that can still reach
 * the result are then read from their table and scored in full (see `ranked`); distances are
 * worked out once per municipality and looked up by Municipality.code.
 */

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

/**
 * Distances (and whether a place lies on the other side of the partnership) from the anchor's place
 * to every municipality, as arrays indexed by Municipality.code: one lookup per candidate, no join.
 * great_circle_km(anchor, place) for the need side as anchor, (place, anchor) for the offer side,
 * so the arguments are in the same order as greatCircleKm(need, offer) in packages/domain.
 */
function places(anchor: Prisma.Sql): Prisma.Sql {
  const km =
    anchor.text === 'need'
      ? Prisma.sql`great_circle_km(${anchor}.lat, ${anchor}.lon, m.latitude, m.longitude)`
      : Prisma.sql`great_circle_km(m.latitude, m.longitude, ${anchor}.lat, ${anchor}.lon)`;
  return Prisma.sql`places AS MATERIALIZED (
  SELECT array_agg(${km} ORDER BY g.code) AS km,
         array_agg(${anchor}.side IS NOT NULL AND r.side IS NOT NULL AND ${anchor}.side <> r.side ORDER BY g.code) AS cross_region
  FROM generate_series(1, (SELECT max(code) FROM "Municipality")) AS g(code)
  LEFT JOIN "Municipality" m ON m.code = g.code LEFT JOIN "Region" r ON r.key = m."regionKey" CROSS JOIN ${anchor}
)`;
}

/** Scores rows of `measured` (id, skill_score, distance_km, radius, gap_days, remote_mode, cross_region). */
function scored(measured: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT y.*, ${total(Prisma.raw('y.skill_score'), Prisma.raw('y.distance_score'), Prisma.raw('y.availability_score'))} AS score FROM (
    SELECT x.*, ${distanceScore(Prisma.raw('x.remote_mode'), Prisma.raw('x.distance_km'), Prisma.raw('x.radius'))} AS distance_score,
           ${availability(Prisma.raw('x.gap_days'))} AS availability_score
    FROM (${measured}) x) y`;
}

/** Candidates probed to find a lower bound of the limit-th best score. */
const PROBE_FACTOR = 4;
/** The most the distance and availability parts add to the skill part: 0.25 + 0.15. */
const REST_MAX = SCORE_WEIGHTS.distance + SCORE_WEIGHTS.availability;

/**
 * Exact top `limit` with pruning. `covered` holds every candidate with its skill score. The
 * candidates with the best skill scores are scored in full first; the limit-th best of those
 * scores (t) is at most the limit-th best overall, and no candidate whose skill part plus the
 * largest possible rest (0.4) stays below t can reach the result. Only the others are scored.
 * `measure(source)` reads the attributes of the candidates in the relation `source`.
 */
function ranked(measure: (source: string) => Prisma.Sql, sharedSkills: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`, probe AS (
  ${scored(measure(`(SELECT * FROM covered ORDER BY skill_score DESC, id LIMIT ${PROBE_FACTOR * limit})`))}
), threshold AS (
  SELECT coalesce((SELECT score FROM probe ORDER BY score DESC LIMIT 1 OFFSET ${limit - 1}), -1) AS t
), top AS (
  ${scored(measure(`(SELECT c.* FROM covered c, threshold WHERE ${SCORE_WEIGHTS.skills}::float8 * c.skill_score + ${REST_MAX}::float8 + 1e-9 >= threshold.t)`))}
  ORDER BY score DESC, id ASC LIMIT ${limit}
)
SELECT top.id, top.score, top.skill_score, top.distance_score, top.availability_score, top.distance_km, top.gap_days, top.cross_region,
       top.remote_mode::text AS remote_mode, ${sharedSkills} AS shared_skill_ids
FROM top ORDER BY top.score DESC, top.id ASC`;
}

/** Credit (in units) an entry of the other side earns for one of its skill rows; from the domain's score. */
export interface Credit {
  skillId: string;
  level: SkillLevel;
  /** Only on the need side: the need's weight of that skill. */
  weight?: SkillWeight;
  units: number;
}

/**
 * A slice of the candidates' ids, [from, to): matching ranks the slices side by side, each on its own
 * connection, and merges their top lists (`mergeRanked`). The top N of all candidates are among the
 * top N of their slices, so the result is exact.
 */
export interface IdSlice {
  from: string | null;
  to: string | null;
}

/** Two halves of the uuid space (random uuids spread evenly): as many as the database server's two cores. */
export const ID_SLICES: readonly IdSlice[] = [
  { from: null, to: '80000000-0000-0000-0000-000000000000' },
  { from: '80000000-0000-0000-0000-000000000000', to: null },
];

/** The best `limit` rows of the slices' results, in the order of the SQL (score desc, then id). */
export function mergeRanked<T extends { id: string; score: number }>(slices: readonly T[][], limit: number): T[] {
  return slices
    .flat()
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/**
 * One index range per skill the anchor can be matched on (within the id slice), each sorted by the
 * candidate's id and merged (Merge Append), so candidates are summed up by a streaming
 * GroupAggregate instead of a hash table; the credit of a row is looked up from its level (and
 * weight) by a CASE.
 */
function candidates(
  table: 'OfferSkill' | 'NeedSkill',
  credits: readonly Credit[],
  excludeOrganisationId: string | null,
  slice: IdSlice,
  columns = '',
): Prisma.Sql {
  const id = table === 'OfferSkill' ? '"offerId"' : '"needId"';
  const bySkill = new Map<string, Credit[]>();
  for (const credit of credits) bySkill.set(credit.skillId, [...(bySkill.get(credit.skillId) ?? []), credit]);
  const branches = [...bySkill].map(([skillId, options]) => {
    const when = options.map(
      (credit) =>
        Prisma.sql`WHEN s.level = ${credit.level}::"SkillLevel"${credit.weight ? Prisma.sql` AND s.weight = ${credit.weight}::"SkillWeight"` : Prisma.empty} THEN ${credit.units}::int`,
    );
    return Prisma.sql`(SELECT s.${Prisma.raw(id)} AS id, ${Prisma.raw(columns ? `${columns}, ` : '')}(CASE ${Prisma.join(when, ' ')} END) AS units
      FROM ${Prisma.raw(`"${table}"`)} s
      WHERE s."skillId" = ${skillId}::uuid AND s.open AND s."organisationId" IS DISTINCT FROM ${excludeOrganisationId}::uuid${inSlice(id, slice)}
      ORDER BY s.${Prisma.raw(id)})`;
  });
  // One skill: its range is sorted already (and a second ORDER BY on one parenthesised query is an error).
  return branches.length === 1 ? branches[0]! : Prisma.sql`(${Prisma.join(branches, ' UNION ALL ')} ORDER BY id)`;
}

/** The slice's bounds on the index's second column: the range scan reads only the slice. */
function inSlice(id: string, slice: IdSlice): Prisma.Sql {
  const column = Prisma.raw(`s.${id}`);
  return Prisma.sql`${slice.from ? Prisma.sql` AND ${column} >= ${slice.from}::uuid` : Prisma.empty}${slice.to ? Prisma.sql` AND ${column} < ${slice.to}::uuid` : Prisma.empty}`;
}

/**
 * The top `limit` open offers for a need (of another organisation than `organisationId`) among the
 * offers of one id slice, best first. `credits`: every (skill, offered level) the need can be
 * matched on; `totalUnits`: the need's full skill weight in units. `today`: YYYY-MM-DD in Berlin.
 */
export function offersForNeedSql(
  needId: string,
  organisationId: string,
  credits: readonly Credit[],
  totalUnits: number,
  today: string,
  limit: number,
  slice: IdSlice,
): Prisma.Sql {
  const skillIds = [...new Set(credits.map((credit) => credit.skillId))];
  return Prisma.sql`
WITH need AS MATERIALIZED (
  SELECT n."remoteMode", greatest(coalesce(n."startDate", ${today}::date), ${today}::date) AS start,
         m.latitude AS lat, m.longitude AS lon, r.side
  FROM "SkillNeed" n JOIN "Municipality" m ON m.id = n."municipalityId" JOIN "Region" r ON r.key = m."regionKey"
  WHERE n.id = ${needId}::uuid
), ${places(Prisma.raw('need'))}, covered AS MATERIALIZED (
  SELECT x.id, sum(x.units)::float8 / ${totalUnits}::float8 AS skill_score
  FROM ${candidates('OfferSkill', credits, organisationId, slice)} AS x
  GROUP BY x.id
)${ranked(
    (source) => Prisma.sql`SELECT s.id, s.skill_score, places.km[m.code] AS distance_km, o."radiusKm"::float8 AS radius,
      greatest(0, o."availableFrom" - need.start) AS gap_days, need."remoteMode" AS remote_mode, places.cross_region[m.code] AS cross_region
      FROM ${Prisma.raw(source)} s JOIN "SkillOffer" o ON o.id = s.id JOIN "Municipality" m ON m.id = o."municipalityId" CROSS JOIN need CROSS JOIN places`,
    Prisma.sql`ARRAY(SELECT os."skillId" FROM "OfferSkill" os WHERE os."offerId" = top.id AND os."skillId" = ANY(${skillIds}::uuid[]))`,
    limit,
  )}`;
}

/** The top `limit` open needs (of other organisations) for an offer in one id slice, best first; `credits` per (skill, needed level, weight). */
export function needsForOfferSql(
  offerId: string,
  organisationId: string | null,
  credits: readonly Credit[],
  today: string,
  limit: number,
  slice: IdSlice,
): Prisma.Sql {
  const skillIds = [...new Set(credits.map((credit) => credit.skillId))];
  return Prisma.sql`
WITH offer AS MATERIALIZED (
  SELECT o."radiusKm"::float8 AS radius, o."availableFrom", m.latitude AS lat, m.longitude AS lon, r.side
  FROM "SkillOffer" o JOIN "Municipality" m ON m.id = o."municipalityId" JOIN "Region" r ON r.key = m."regionKey"
  WHERE o.id = ${offerId}::uuid
), ${places(Prisma.raw('offer'))}, covered AS MATERIALIZED (
  SELECT x.id, sum(x.units)::float8 / (max(x."weightTotal") * ${LEVEL_FIT_TENTHS.atLeast}::int)::float8 AS skill_score
  FROM ${candidates('NeedSkill', credits, organisationId, slice, 's."weightTotal"')} AS x
  GROUP BY x.id
)${ranked(
    (source) => Prisma.sql`SELECT s.id, s.skill_score, places.km[m.code] AS distance_km, offer.radius,
      greatest(0, offer."availableFrom" - greatest(coalesce(n."startDate", ${today}::date), ${today}::date)) AS gap_days,
      n."remoteMode" AS remote_mode, places.cross_region[m.code] AS cross_region
      FROM ${Prisma.raw(source)} s JOIN "SkillNeed" n ON n.id = s.id JOIN "Municipality" m ON m.id = n."municipalityId" CROSS JOIN offer CROSS JOIN places`,
    Prisma.sql`ARRAY(SELECT ns."skillId" FROM "NeedSkill" ns WHERE ns."needId" = top.id AND ns."skillId" = ANY(${skillIds}::uuid[]))`,
    limit,
  )}`;
}
