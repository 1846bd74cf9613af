import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient, SkillWeight } from '@wiw/db';
import { berlinDate } from '@wiw/domain';
import { PRISMA } from '../../database/database.module';
import { needsForOfferSql, offersForNeedSql, type RankedRow } from './matching.sql';

export const MAX_MATCHES = 50;

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
}

/** Ranks in PostgreSQL (matching.sql.ts) and adds the explanation from the need's skill list. */
@Injectable()
export class MatchingService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async offersForNeed(needId: string, limit: number, today: string = berlinDate()): Promise<RankedMatch[]> {
    const rows = await this.prisma.$queryRaw<RankedRow[]>(offersForNeedSql(needId, today, limit));
    const skills = await this.needSkills([needId]);
    return rows.map((row) => explain(row, skills.get(needId) ?? []));
  }

  async needsForOffer(offerId: string, limit: number, today: string = berlinDate()): Promise<RankedMatch[]> {
    const rows = await this.prisma.$queryRaw<RankedRow[]>(needsForOfferSql(offerId, today, limit));
    const skills = await this.needSkills(rows.map((row) => row.id));
    return rows.map((row) => explain(row, skills.get(row.id) ?? []));
  }

  /** Each need's skills, required first, then by German label. */
  private async needSkills(needIds: string[]): Promise<Map<string, NeedSkillRef[]>> {
    const rows = await this.prisma.needSkill.findMany({
      where: { needId: { in: needIds } },
      select: { needId: true, skillId: true, weight: true },
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
