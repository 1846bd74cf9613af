import type { MeetingFilter, MeetingKind, RegionKey, TopicFieldKey } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { REGION_KEYS, TOPIC_FIELD_KEYS } from '../../lib/enums';

const KIND_ORDER: Record<MeetingKind, number> = {
  STEERING_ROUND: 1,
  MAYORS_MEETING: 2,
  DENKRAUM_WORKSHOP: 3,
  INITIATIVE_MEETUP: 4,
  PUBLIC_EVENT: 5,
};
/** The kinds of meetings in display order (a kind added to the schema fails the typecheck here). */
export const MEETING_KINDS = (Object.keys(KIND_ORDER) as MeetingKind[]).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);

/** Filters of the event calendar; they live in the URL so a filtered calendar can be linked. */
export interface MeetingFilters {
  topicField: TopicFieldKey | null;
  kind: MeetingKind | null;
  region: RegionKey | null;
}

export const MEETING_PARAMS = { topicField: 'themenfeld', kind: 'art', region: 'region' } as const;
export const EMPTY_MEETING_FILTERS: MeetingFilters = { topicField: null, kind: null, region: null };

export function meetingFiltersFromSearchParams(params: URLSearchParams): MeetingFilters {
  return {
    topicField: slugToEnum(params.get(MEETING_PARAMS.topicField), TOPIC_FIELD_KEYS),
    kind: slugToEnum(params.get(MEETING_PARAMS.kind), MEETING_KINDS),
    region: slugToEnum(params.get(MEETING_PARAMS.region), REGION_KEYS),
  };
}

/** Writes `filters` into a copy of `base`; inactive filters are removed so the URL stays short. */
export function meetingFiltersToSearchParams(filters: MeetingFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of ['topicField', 'kind', 'region'] as const) {
    const value = filters[name];
    if (value) next.set(MEETING_PARAMS[name], enumToSlug(value));
    else next.delete(MEETING_PARAMS[name]);
  }
  return next;
}

/** The API filter: only the active fields (a stable shape, it is part of the query key), or null. */
export function toMeetingFilter(filters: MeetingFilters): MeetingFilter | null {
  const filter: MeetingFilter = {};
  if (filters.topicField) filter.topicField = filters.topicField;
  if (filters.kind) filter.kind = filters.kind;
  if (filters.region) filter.region = filters.region;
  return Object.keys(filter).length > 0 ? filter : null;
}
