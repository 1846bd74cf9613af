import type { BoardSort, ContactRequestStatus, NeedKind, OfferKind, RemoteMode, SkillCategory, SkillLevel, SkillWeight } from '../../gql/graphql';

/** Values of a schema enum in display order; a Record over the union, so a new value fails the typecheck. */
function ordered<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

export const NEED_KINDS = ordered<NeedKind>({ EMPLOYMENT: 1, APPRENTICESHIP: 2, PROJECT: 3, CONSULTING: 4 });
export const OFFER_KINDS = ordered<OfferKind>({ TRAINING: 1, ADVISORY: 2, IT_COMPETENCE: 3, TALENT: 4 });
/** Offers of an organisation; TALENT is an individual's own. */
export const ORGANISATION_OFFER_KINDS = OFFER_KINDS.filter((kind) => kind !== 'TALENT');
export const REMOTE_MODES = ordered<RemoteMode>({ ONSITE: 1, HYBRID: 2, REMOTE: 3 });
export const SKILL_LEVELS = ordered<SkillLevel>({ BASIC: 1, INTERMEDIATE: 2, EXPERT: 3 });
export const SKILL_WEIGHTS = ordered<SkillWeight>({ REQUIRED: 1, NICE_TO_HAVE: 2 });
export const SKILL_CATEGORIES = ordered<SkillCategory>({
  SOFTWARE: 1,
  DATA_AI: 2,
  IT_SECURITY: 3,
  AUTOMATION: 4,
  ELECTRICAL: 5,
  METALWORKING: 6,
  AUTOMOTIVE: 7,
  LOGISTICS: 8,
  BUSINESS: 9,
  OTHER: 10,
});
export const CONTACT_STATUSES = ordered<ContactRequestStatus>({ PENDING: 1, ACCEPTED: 2, DECLINED: 3, WITHDRAWN: 4 });
export const BOARD_SORTS = ordered<BoardSort>({ NEWEST: 1, RELEVANCE: 2 });

/** `value` when it is one of `allowed`, else null (select values, URL parameters). */
export function pickEnum<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}
