import type { TFunction } from 'i18next';

/** The explanation fields NeedMatch and OfferMatch share. */
export interface MatchExplanation {
  score: number;
  distanceKm: number;
  distanceIgnored: boolean;
  availabilityGapDays: number;
  requiredShared: number;
  requiredTotal: number;
  crossRegion: boolean;
  sharedSkills: ReadonlyArray<{ id: string; label: string }>;
  missingSkills: ReadonlyArray<{ id: string; label: string }>;
}

/**
 * Why a need and an offer match, in words: skills, distance, availability, e.g.
 * „3 von 4 Pflicht-Skills · 24 km · ab sofort verfügbar“. `needStartDate` null means the need
 * starts as soon as possible, so an offer without a gap is available now (else: in time).
 */
export function matchExplanationParts(match: MatchExplanation, needStartDate: string | null, t: TFunction): string[] {
  const skills =
    match.requiredTotal > 0
      ? t('matchmaking.match.requiredSkills', { shared: match.requiredShared, total: match.requiredTotal })
      : t('matchmaking.match.skills', { shared: match.sharedSkills.length, total: match.sharedSkills.length + match.missingSkills.length });
  const distance = match.distanceIgnored ? t('matchmaking.match.remote') : t('matchmaking.match.distance', { km: Math.round(match.distanceKm) });
  let availability: string;
  if (match.availabilityGapDays > 0) availability = t('matchmaking.match.availableLater', { count: match.availabilityGapDays });
  else availability = needStartDate === null ? t('matchmaking.match.availableNow') : t('matchmaking.match.availableInTime');
  return [skills, distance, availability];
}

export function explainMatch(match: MatchExplanation, needStartDate: string | null, t: TFunction): string {
  return matchExplanationParts(match, needStartDate, t).join(' · ');
}
