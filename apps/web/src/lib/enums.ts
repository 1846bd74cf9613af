import type { OrganisationKind, RegionKey, Side, TopicFieldKey } from '../gql/graphql';

/**
 * Runtime lists of the schema's enum values in display order. Each list is derived from a
 * Record over the generated union type, so a value added to the schema fails the typecheck here
 * until it gets a place (and, through the i18n resource types, a label).
 */
function keysInOrder<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

export const TOPIC_FIELD_KEYS = keysInOrder<TopicFieldKey>({
  NETWORKING: 1,
  SKILLED_WORKERS: 2,
  IT_COMPETENCE: 3,
  RECOVERY: 4,
  INFRASTRUCTURE: 5,
});

export const REGION_KEYS = keysInOrder<RegionKey>({
  DORTMUND: 1,
  HOCHSAUERLANDKREIS: 2,
  MAERKISCHER_KREIS: 3,
  OLPE: 4,
  SIEGEN_WITTGENSTEIN: 5,
  SOEST: 6,
  OTHER: 7,
});

export const SIDES = keysInOrder<Side>({ DORTMUND: 1, SUEDWESTFALEN: 2 });

export const ORGANISATION_KINDS = keysInOrder<OrganisationKind>({
  CITY: 1,
  DISTRICT_GOVERNMENT: 2,
  CHAMBER: 3,
  ECONOMIC_DEVELOPMENT: 4,
  REGIONAL_AGENCY: 5,
  RESEARCH: 6,
  EDUCATION: 7,
  ADVISORY: 8,
  COMPANY: 9,
});
