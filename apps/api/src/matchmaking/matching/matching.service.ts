import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { berlinDate, LEVEL_FIT_TENTHS, levelFitTenths, SCORE_WEIGHTS, SKILL_WEIGHT, type SkillLevel, type SkillWeight } from '@wiw/domain';
import { PRISMA } from '../../database/database.module';
import { needsForOfferSql, offersForNeedSql, offersForNeedViaRareSkillsSql, type Credit, type RankedRow } from './matching.sql';

const LEVELS: readonly SkillLevel[] = ['BASIC', 'INTERMEDIATE', 'EXPERT'];
const WEIGHTS: readonly SkillWeight[] = ['REQUIRED', 'NICE_TO_HAVE'];

/** What an offer earns for each level it may have of each of the need's skills. */
export function needCredits(skills: ReadonlyArray<{ skillId: string; weight: SkillWeight; level: SkillLevel }>): Credit[] {
  return skills.flatMap((skill) => LEVELS.map((offered) => ({ skillId: skill.skillId, level: offered, units: SKILL_WEIGHT[skill.weight] * levelFitTenths(skill.level, offered) })));
}

/** What a need earns for each (level, weight) it may ask of each of the offer's skills. */
export function offerCredits(skills: ReadonlyArray<{ skillId: string; level: SkillLevel }>): Credit[] {
  return skills.flatMap((skill) =>
    LEVELS.flatMap((needed) => WEIGHTS.map((weight) => ({ skillId: skill.skillId, level: needed, weight, units: SKILL_WEIGHT[weight] * levelFitTenths(needed, skill.level) }))),
  );
}

export const MAX_MATCHES = 50;

/** How long the per-skill counts of open offers are used before they are counted again. */
const POPULARITY_TTL_MS = 10 * 60_000;
/** The largest share of a need's skill weight the skipped popular skills may carry (see rankOffers). */
const MAX_POPULAR_SHARE = 0.45;
/** Most the distance and availability parts add: 0.25 + 0.15, and the margin of the pruning bounds. */
const REST_MAX = SCORE_WEIGHTS.distance + SCORE_WEIGHTS.availability;
const EPSILON = 1e-9;

/** The first attempt's result is exact: it is full, and its threshold beats every offer left out. */
export function rareAttemptHolds(rows: readonly RankedRow[], popularShare: number, limit: number): boolean {
  return rows.length === limit && SCORE_WEIGHTS.skills * popularShare + REST_MAX + EPSILON < rows[0]!.threshold;
}

/**
 * The need's skills whose offers are skipped in a first attempt: the most popular ones (at least
 * `minRows` open offer rows each), as long as together they carry at most MAX_POPULAR_SHARE of the
 * need's weight and at least one skill is left. Empty: no first attempt.
 */
export function popularSkills(credits: readonly Credit[], totalUnits: number, rowsOf: (skillId: string) => number, minRows: number): { skillIds: string[]; share: number } {
  const maxUnits = new Map<string, number>();
  for (const credit of credits) maxUnits.set(credit.skillId, Math.max(maxUnits.get(credit.skillId) ?? 0, credit.units));
  const bySize = [...maxUnits.keys()].filter((id) => rowsOf(id) >= minRows).sort((a, b) => rowsOf(b) - rowsOf(a));
  const skipped: string[] = [];
  let units = 0;
  for (const skillId of bySize) {
    const next = units + maxUnits.get(skillId)!;
    if (next / totalUnits > MAX_POPULAR_SHARE || skipped.length + 1 >= maxUnits.size) break;
    skipped.push(skillId);
    units = next;
  }
  return { skillIds: skipped, share: units / totalUnits };
}

export interface RankedMatch {
  id: string;
  score: number;
  skillScore: number;
  distanceScore: number;
  availabilityScore: number;
  distanceKm: number;
  distanceIgnored: boolean;
  availabilityGapDays: number;
  sharedSkillIds: string[];
  missingSkillIds: string[];
  requiredShared: number;
  requiredTotal: number;
  crossRegion: boolean;
}

interface NeedSkillRef {
  needId: string;
  skillId: string;
  weight: SkillWeight;
  level: SkillLevel;
}

/** Ranks in PostgreSQL (matching.sql.ts) and adds the explanation from the need's skill list. */
@Injectable()
export class MatchingService {
  /** Skills with at least this many open offer rows are "popular" (a field, so tests can lower it). */
  popularMinRows = 2000;
  /** Which plan the last offersForNeed took (for tests and benchmarks). */
  lastPlan: 'rare-skills' | 'all-skills' | 'none' = 'none';
  private readonly logger = new Logger('Matching');
  private popularity: { at: number; rows: Map<string, number> } | null = null;
  private counting: Promise<void> | null = null;

  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** `need`: the need's row when the caller has it already (saves a query), else its id is looked up. */
  async offersForNeed(needId: string, limit: number, today: string = berlinDate(), known?: { organisationId: string }): Promise<RankedMatch[]> {
    const [need, byNeed] = await Promise.all([
      known ?? this.prisma.skillNeed.findUnique({ where: { id: needId }, select: { organisationId: true } }),
      this.needSkills([needId]),
    ]);
    const skills = byNeed.get(needId) ?? [];
    if (!need || skills.length === 0) return [];
    const totalUnits = skills.reduce((sum, skill) => sum + SKILL_WEIGHT[skill.weight] * LEVEL_FIT_TENTHS.atLeast, 0);
    const credits = needCredits(skills);
    const rows = await this.rankOffers(needId, need.organisationId, credits, totalUnits, today, limit);
    return rows.map((row) => explain(row, skills));
  }

  /**
   * Exact either way. Offers that share only the need's popular skills score at most
   * 0.6 × (their share of the weight) + 0.4. The first attempt ranks the offers that have at least
   * one of the other skills; if the limit-th best of those beats that bound, no offer left out can
   * enter the result. Otherwise (or with no popular skills) every offer is ranked.
   */
  private async rankOffers(needId: string, organisationId: string, credits: Credit[], totalUnits: number, today: string, limit: number): Promise<RankedRow[]> {
    const rows = await this.openOfferRows();
    const popular = popularSkills(credits, totalUnits, (skillId) => rows.get(skillId) ?? 0, this.popularMinRows);
    if (popular.skillIds.length > 0) {
      const skipped = new Set(popular.skillIds);
      const rare = [...new Set(credits.map((credit) => credit.skillId))].filter((skillId) => !skipped.has(skillId));
      const ranked = await this.prisma.$queryRaw<RankedRow[]>(offersForNeedViaRareSkillsSql(needId, organisationId, credits, totalUnits, today, limit, rare));
      if (rareAttemptHolds(ranked, popular.share, limit)) {
        this.lastPlan = 'rare-skills';
        return ranked;
      }
    }
    this.lastPlan = 'all-skills';
    return this.prisma.$queryRaw<RankedRow[]>(offersForNeedSql(needId, organisationId, credits, totalUnits, today, limit));
  }

  /** Counts the open offer rows per skill now (after bulk loads; tests). */
  async recountPopularity(): Promise<void> {
    this.popularity = null;
    await this.openOfferRows();
  }

  /** Open offer rows per skill: counted at most every 10 minutes, in the background once known. */
  private async openOfferRows(): Promise<Map<string, number>> {
    const stale = !this.popularity || Date.now() - this.popularity.at > POPULARITY_TTL_MS;
    if (stale && !this.counting) {
      this.counting = this.prisma.$queryRaw<Array<{ skillId: string; rows: number }>>`SELECT "skillId", count(*)::int AS rows FROM "OfferSkill" WHERE open GROUP BY "skillId"`
        .then((counted) => {
          this.popularity = { at: Date.now(), rows: new Map(counted.map((row) => [row.skillId, row.rows])) };
        })
        // Without counts every ranking takes the plan over all skills: slower, never wrong.
        .catch((error: unknown) => this.logger.warn(`Counting open offers per skill failed: ${String(error)}`))
        .finally(() => {
          this.counting = null;
        });
    }
    if (!this.popularity && this.counting) await this.counting;
    return this.popularity?.rows ?? new Map();
  }

  async needsForOffer(offerId: string, limit: number, today: string = berlinDate()): Promise<RankedMatch[]> {
    const offer = await this.prisma.skillOffer.findUnique({ where: { id: offerId }, select: { organisationId: true, skills: { select: { skillId: true, level: true } } } });
    if (!offer || offer.skills.length === 0) return [];
    const rows = await this.prisma.$queryRaw<RankedRow[]>(needsForOfferSql(offerId, offer.organisationId, offerCredits(offer.skills), today, limit));
    const skills = await this.needSkills(rows.map((row) => row.id));
    return rows.map((row) => explain(row, skills.get(row.id) ?? []));
  }

  /** Each need's skills, required first, then by German label. */
  private async needSkills(needIds: string[]): Promise<Map<string, NeedSkillRef[]>> {
    const rows = await this.prisma.needSkill.findMany({
      where: { needId: { in: needIds } },
      select: { needId: true, skillId: true, weight: true, level: true },
      orderBy: [{ weight: 'asc' }, { skill: { labelDe: 'asc' } }],
    });
    const byNeed = new Map<string, NeedSkillRef[]>();
    for (const row of rows) byNeed.set(row.needId, [...(byNeed.get(row.needId) ?? []), row]);
    return byNeed;
  }
}

function explain(row: RankedRow, needSkills: NeedSkillRef[]): RankedMatch {
  const shared = new Set(row.shared_skill_ids);
  const required = needSkills.filter((skill) => skill.weight === 'REQUIRED');
  return {
    id: row.id,
    score: row.score,
    skillScore: row.skill_score,
    distanceScore: row.distance_score,
    availabilityScore: row.availability_score,
    distanceKm: row.distance_km,
    distanceIgnored: row.remote_mode === 'REMOTE',
    availabilityGapDays: Number(row.gap_days),
    sharedSkillIds: needSkills.filter((skill) => shared.has(skill.skillId)).map((skill) => skill.skillId),
    missingSkillIds: needSkills.filter((skill) => !shared.has(skill.skillId)).map((skill) => skill.skillId),
    requiredShared: required.filter((skill) => shared.has(skill.skillId)).length,
    requiredTotal: required.length,
    crossRegion: row.cross_region,
  };
}
