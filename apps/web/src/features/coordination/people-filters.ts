import type { PersonFilter, PlatformRole } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { normaliseSearch } from '../../lib/search';
import { PLATFORM_ROLES } from './roles';

/** Filter state of "Personen und Rollen"; lives in the URL like the directory's. */
export interface PeopleFilters {
  search: string;
  role: PlatformRole | null;
}

export const PEOPLE_FILTER_PARAMS = { search: 'q', role: 'rolle' } as const;

export function peopleFiltersFromSearchParams(params: URLSearchParams): PeopleFilters {
  return {
    search: normaliseSearch(params.get(PEOPLE_FILTER_PARAMS.search) ?? ''),
    role: slugToEnum(params.get(PEOPLE_FILTER_PARAMS.role), PLATFORM_ROLES),
  };
}

export function peopleFiltersToSearchParams(filters: PeopleFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const search = normaliseSearch(filters.search);
  if (search) next.set(PEOPLE_FILTER_PARAMS.search, search);
  else next.delete(PEOPLE_FILTER_PARAMS.search);
  if (filters.role) next.set(PEOPLE_FILTER_PARAMS.role, enumToSlug(filters.role));
  else next.delete(PEOPLE_FILTER_PARAMS.role);
  return next;
}

/** The API's filter with only the active fields (a stable shape: it is part of the query key). */
export function toPersonFilter(filters: PeopleFilters): PersonFilter {
  const filter: PersonFilter = {};
  const search = normaliseSearch(filters.search);
  if (search) filter.search = search;
  if (filters.role) filter.role = filters.role;
  return filter;
}
