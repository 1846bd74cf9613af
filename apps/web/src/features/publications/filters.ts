import type { NewsFilter, TopicFieldKey } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { TOPIC_FIELD_KEYS } from '../../lib/enums';

/** Filters of the news list; in the URL, so a filtered list (and the transparency report's figures) can link to it. */
export interface NewsFilters {
  topicField: TopicFieldKey | null;
  organisationId: string | null;
  officeId: string | null;
}

export const NEWS_PARAMS = { topicField: 'themenfeld', organisationId: 'organisation', officeId: 'amt' } as const;
export const EMPTY_NEWS_FILTERS: NewsFilters = { topicField: null, organisationId: null, officeId: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: string | null) => (value && UUID.test(value) ? value.toLowerCase() : null);

export function newsFiltersFromSearchParams(params: URLSearchParams): NewsFilters {
  return {
    topicField: slugToEnum(params.get(NEWS_PARAMS.topicField), TOPIC_FIELD_KEYS),
    organisationId: uuidOrNull(params.get(NEWS_PARAMS.organisationId)),
    officeId: uuidOrNull(params.get(NEWS_PARAMS.officeId)),
  };
}

/** Writes `filters` into a copy of `base`; inactive filters are removed. */
export function newsFiltersToSearchParams(filters: NewsFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const values = { ...filters, topicField: filters.topicField ? enumToSlug(filters.topicField) : null };
  for (const name of ['topicField', 'organisationId', 'officeId'] as const) {
    const value = values[name];
    if (value) next.set(NEWS_PARAMS[name], value);
    else next.delete(NEWS_PARAMS[name]);
  }
  return next;
}

/** The API filter: only the active fields, or null. */
export function toNewsFilter(filters: NewsFilters): NewsFilter | null {
  const filter: NewsFilter = {};
  if (filters.topicField) filter.topicField = filters.topicField;
  if (filters.organisationId) filter.organisationId = filters.organisationId;
  if (filters.officeId) filter.officeId = filters.officeId;
  return Object.keys(filter).length > 0 ? filter : null;
}
