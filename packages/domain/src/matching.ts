/**
 * The match score of a skill need and a skill offer, 0..1. PostgreSQL computes the same score
 * for ranking (apps/api/src/matching/matching.sql.ts); a property test holds the two together.
 *
 * score = 0.6 · skills + 0.25 · distance + 0.15 · availability, where
 * - skills: covered weight / total weight of the need's skills; REQUIRED weighs 3, NICE_TO_HAVE 1;
 *   a skill offered at the level needed or above counts fully, one level below half, two below a fifth;
 * - distance: great-circle km between the municipalities against the offer's radius: 1 within the
 *   radius, falling linearly to 0 at twice the radius; REMOTE needs ignore distance (1), HYBRID
 *   needs count it half (0.5 + 0.5 · distance);
 * - availability: 1 when the offer is available by the need's start (today when it has none or it
 *   lies in the past), falling linearly to 0 at 90 days later.
 * Without any common skill there is no match.
 */

export type SkillLevel = 'BASIC' | 'INTERMEDIATE' | 'EXPERT';
export type SkillWeight = 'REQUIRED' | 'NICE_TO_HAVE';
export type RemoteMode = 'ONSITE' | 'HYBRID' | 'REMOTE';

export const SCORE_WEIGHTS = { skills: 0.6, distance: 0.25, availability: 0.15 } as const;
export const SKILL_WEIGHT: Readonly<Record<SkillWeight, number>> = { REQUIRED: 3, NICE_TO_HAVE: 1 };
export const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { BASIC: 1, INTERMEDIATE: 2, EXPERT: 3 };
/** Credit of an offered level against the level needed, in tenths (integers keep SQL and JS sums exact). */
export const LEVEL_FIT_TENTHS = { atLeast: 10, oneBelow: 5, twoBelow: 2 } as const;
export const AVAILABILITY_HORIZON_DAYS = 90;
/** Mean earth radius (IUGG), as in the SQL function great_circle_km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface NeedForMatching {
  skills: ReadonlyArray<{ skillId: string; weight: SkillWeight; level: SkillLevel }>;
  remoteMode: RemoteMode;
  /** "YYYY-MM-DD"; null: as soon as possible. */
  startDate: string | null;
  location: GeoPoint;
}

export interface OfferForMatching {
  skills: ReadonlyArray<{ skillId: string; level: SkillLevel }>;
  radiusKm: number;
  /** "YYYY-MM-DD". */
  availableFrom: string;
  location: GeoPoint;
}

export interface MatchScore {
  score: number;
  skillScore: number;
  distanceScore: number;
  availabilityScore: number;
  distanceKm: number;
  /** The need is REMOTE: distance did not count. */
  distanceIgnored: boolean;
  /** Days the offer becomes available after the need's start (0 when in time). */
  availabilityGapDays: number;
  /** In the order of the need's skills. */
  sharedSkillIds: string[];
  missingSkillIds: string[];
  requiredShared: number;
  requiredTotal: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(date: string): number {
  const ms = ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return Math.round(ms / DAY_MS);
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Haversine distance in km; the SQL function great_circle_km uses the same formula. */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Credit (tenths) of an offered level for a needed one. */
export function levelFitTenths(needed: SkillLevel, offered: SkillLevel): number {
  const gap = LEVEL_RANK[needed] - LEVEL_RANK[offered];
  if (gap <= 0) return LEVEL_FIT_TENTHS.atLeast;
  return gap === 1 ? LEVEL_FIT_TENTHS.oneBelow : LEVEL_FIT_TENTHS.twoBelow;
}

/** 1 within the radius, linearly down to 0 at twice the radius (radius 0: the same place only). */
export function radiusScore(distanceKm: number, radiusKm: number): number {
  if (distanceKm <= radiusKm) return 1;
  if (radiusKm === 0) return 0;
  return Math.max(0, 1 - (distanceKm - radiusKm) / radiusKm);
}

export function scoreMatch(need: NeedForMatching, offer: OfferForMatching, today: string): MatchScore | null {
  if (need.skills.length === 0) throw new RangeError('A need without skill cannot be matched');
  if (!(offer.radiusKm >= 0)) throw new RangeError(`Invalid radius: ${offer.radiusKm}`);
  const offered = new Map(offer.skills.map((skill) => [skill.skillId, skill.level]));

  let total = 0;
  let covered = 0;
  let requiredShared = 0;
  let requiredTotal = 0;
  const sharedSkillIds: string[] = [];
  const missingSkillIds: string[] = [];
  for (const skill of need.skills) {
    const weight = SKILL_WEIGHT[skill.weight];
    total += weight * LEVEL_FIT_TENTHS.atLeast;
    if (skill.weight === 'REQUIRED') requiredTotal += 1;
    const level = offered.get(skill.skillId);
    if (level === undefined) {
      missingSkillIds.push(skill.skillId);
      continue;
    }
    covered += weight * levelFitTenths(skill.level, level);
    sharedSkillIds.push(skill.skillId);
    if (skill.weight === 'REQUIRED') requiredShared += 1;
  }
  if (sharedSkillIds.length === 0) return null;

  const skillScore = covered / total;
  const distanceKm = greatCircleKm(need.location, offer.location);
  const distanceIgnored = need.remoteMode === 'REMOTE';
  const withinRadius = radiusScore(distanceKm, offer.radiusKm);
  const distanceScore = distanceIgnored ? 1 : need.remoteMode === 'HYBRID' ? 0.5 + 0.5 * withinRadius : withinRadius;

  const todayDay = dayNumber(today);
  const start = Math.max(need.startDate === null ? todayDay : dayNumber(need.startDate), todayDay);
  const availabilityGapDays = Math.max(0, dayNumber(offer.availableFrom) - start);
  const availabilityScore = Math.max(0, 1 - availabilityGapDays / AVAILABILITY_HORIZON_DAYS);

  const score = SCORE_WEIGHTS.skills * skillScore + SCORE_WEIGHTS.distance * distanceScore + SCORE_WEIGHTS.availability * availabilityScore;
  return {
    score,
    skillScore,
    distanceScore,
    availabilityScore,
    distanceKm,
    distanceIgnored,
    availabilityGapDays,
    sharedSkillIds,
    missingSkillIds,
    requiredShared,
    requiredTotal,
  };
}
