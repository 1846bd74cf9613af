import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@wiw/db';
import { berlinDate, LEVEL_FIT_TENTHS, levelFitTenths, SKILL_WEIGHT, type SkillLevel, type SkillWeight } from '@wiw/domain';
import { PRISMA } from '../../database/database.module';
import { ID_SLICES, mergeRanked, needsForOfferSql, offersForNeedSql, type Credit, type IdSlice, type RankedRow } from './matching.sql';

const LEVELS: readonly SkillLevel[] = ['BASIC', 'INTERMEDIATE', 'EXPERT'];
const WEIGHTS: readonly SkillWeight[] = ['REQUIRED', 'NICE_TO_HAVE'];

/** What an offer earns for each level it may have of each of the need's skills. */
export function needCredits(skills: ReadonlyArray<{ skillId: string; weight: SkillWeight; level: SkillLevel }>): Credit[] {
  return skills.flatMap((skill) =>
    LEVELS.map((offered) => ({ skillId: skill.skillId, level: offered, units: SKILL_WEIGHT[skill.weight] * levelFitTenths(skill.level, offered) })),
  );
}

/** What a need earns for each (level, weight) it may ask of each of the offer's skills. */
export function offerCredits(skills: ReadonlyArray<{ skillId: string; level: SkillLevel }>): Credit[] {
  return skills.flatMap((skill) =>
    LEVELS.flatMap((needed) =>
      WEIGHTS.map((weight) => ({ skillId: skill.skillId, level: needed, weight, units: SKILL_WEIGHT[weight] * levelFitTenths(needed, skill.level) })),
    ),
  );
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
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /**
   * `known`: the need's row, or the caller's pending lookup of it (its access check runs while the
   * skills are read); else the id is looked up here. `needId` must be a uuid.
   */
  async offersForNeed(
    needId: string,
    limit: number,
    today: string = berlinDate(),
    known?: { organisationId: string } | Promise<{ organisationId: string }>,
  ): Promise<RankedMatch[]> {
    const [need, byNeed] = await Promise.all([
      known ?? this.prisma.skillNeed.findUnique({ where: { id: needId }, select: { organisationId: true } }),
      this.needSkills([needId]),
    ]);
    const skills = byNeed.get(needId) ?? [];
    if (!need || skills.length === 0) return [];
    const totalUnits = skills.reduce((sum, skill) => sum + SKILL_WEIGHT[skill.weight] * LEVEL_FIT_TENTHS.atLeast, 0);
    const credits = needCredits(skills);
    const rows = await this.rankBySlice((slice) => offersForNeedSql(needId, need.organisationId, credits, totalUnits, today, limit, slice), limit);
    return rows.map((row) => explain(row, skills));
  }

  async needsForOffer(offerId: string, limit: number, today: string = berlinDate()): Promise<RankedMatch[]> {
    const offer = await this.prisma.skillOffer.findUnique({
      where: { id: offerId },
      select: { organisationId: true, skills: { select: { skillId: true, level: true } } },
    });
    if (!offer || offer.skills.length === 0) return [];
    const credits = offerCredits(offer.skills);
    const rows = await this.rankBySlice((slice) => needsForOfferSql(offerId, offer.organisationId, credits, today, limit, slice), limit);
    const skills = await this.needSkills(rows.map((row) => row.id));
    return rows.map((row) => explain(row, skills.get(row.id) ?? []));
  }

  /** Ranks each id slice on its own connection, side by side, and merges their top lists. */
  private async rankBySlice(statement: (slice: IdSlice) => Prisma.Sql, limit: number): Promise<RankedRow[]> {
    const slices = await Promise.all(ID_SLICES.map((slice) => this.prisma.$queryRaw<RankedRow[]>(statement(slice))));
    return mergeRanked(slices, limit);
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
