import { normaliseSearch } from '../../lib/search';
import type { OrganisationFilter, OrganisationKind, RegionKey, Side } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { ORGANISATION_KINDS, REGION_KEYS, SIDES } from '../../lib/enums';

/** Filter state of the directory; lives in the URL so it can be linked and back-buttoned. */
export interface OrganisationFilters {
  kind: OrganisationKind | null;
  region: RegionKey | null;
  side: Side | null;
  memberOnly: boolean;
  search: string;
}

export const EMPTY_FILTERS: OrganisationFilters = {
  kind: null,
  region: null,
  side: null,
  memberOnly: false,
  search: '',
};

/** Search parameter names; values are lower-case kebab ("maerkischer-kreis"). */
export const FILTER_PARAMS = {
  kind: 'art',
  region: 'region',
  side: 'seite',
  memberOnly: 'mitglieder',
  search: 'q',
} as const;

/** The API rejects longer search strings. */
export function filtersFromSearchParams(params: URLSearchParams): OrganisationFilters {
  return {
    kind: slugToEnum(params.get(FILTER_PARAMS.kind), ORGANISATION_KINDS),
    region: slugToEnum(params.get(FILTER_PARAMS.region), REGION_KEYS),
    side: slugToEnum(params.get(FILTER_PARAMS.side), SIDES),
    memberOnly: params.get(FILTER_PARAMS.memberOnly) === '1',
    search: normaliseSearch(params.get(FILTER_PARAMS.search) ?? ''),
  };
}

/**
 * Writes `filters` into a copy of `base` (other parameters survive); inactive filters are removed
 * so the URL stays short.
 */
export function filtersToSearchParams(filters: OrganisationFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (name: string, value: string | null) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  set(FILTER_PARAMS.search, normaliseSearch(filters.search) || null);
  set(FILTER_PARAMS.kind, filters.kind ? enumToSlug(filters.kind) : null);
  set(FILTER_PARAMS.region, filters.region ? enumToSlug(filters.region) : null);
  set(FILTER_PARAMS.side, filters.side ? enumToSlug(filters.side) : null);
  set(FILTER_PARAMS.memberOnly, filters.memberOnly ? '1' : null);
  return next;
}

export function hasActiveFilters(filters: OrganisationFilters): boolean {
  return filters.kind !== null || filters.region !== null || filters.side !== null || filters.memberOnly || filters.search !== '';
}

/** GraphQL input with only the active fields (stable shape: it is part of the query key). */
export function toGraphQLFilter(filters: OrganisationFilters): OrganisationFilter {
  const filter: OrganisationFilter = {};
  if (filters.kind) filter.kind = filters.kind;
  if (filters.region) filter.region = filters.region;
  if (filters.side) filter.side = filters.side;
  if (filters.memberOnly) filter.memberOnly = true;
  const search = normaliseSearch(filters.search);
  if (search) filter.search = search;
  return filter;
}
