import { FILTER_MAX_SKILLS, FILTER_RADIUS_KM } from '@wiw/domain';
import type {
  BoardSort,
  NeedFilter,
  NeedKind,
  OfferFilter,
  OfferKind,
  RegionKey,
  RemoteMode,
  Side,
  SkillCategory,
  TopicFieldKey,
} from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { REGION_KEYS, SIDES, TOPIC_FIELD_KEYS } from '../../lib/enums';
import { normaliseSearch } from '../../lib/search';
import { NEED_KINDS, OFFER_KINDS, REMOTE_MODES, SKILL_CATEGORIES } from './enums';

/** Filter state of the board (both sides); lives in the URL so it can be linked and back-buttoned. */
export interface BoardFilters {
  search: string;
  skillIds: string[];
  category: SkillCategory | null;
  region: RegionKey | null;
  side: Side | null;
  /** Need kinds and offer kinds have no value in common: each board takes its own. */
  kind: NeedKind | OfferKind | null;
  /** Needs only. */
  remoteMode: RemoteMode | null;
  /** Offers only. */
  remoteWilling: boolean | null;
  /** Needs only. */
  topicField: TopicFieldKey | null;
  /** "im Umkreis von km um …": both or neither. */
  nearMunicipalityId: string;
  nearKm: number;
  sort: BoardSort;
}

export const BOARD_PARAMS = {
  search: 'q',
  skill: 'skill',
  category: 'kategorie',
  region: 'region',
  side: 'seite',
  kind: 'art',
  remote: 'remote',
  topicField: 'themenfeld',
  near: 'ort',
  km: 'km',
  sort: 'sortierung',
} as const;

export const NEAR_KM_OPTIONS = [10, 25, 50, 100, 200] as const;
export const DEFAULT_NEAR_KM = 50;
const REMOTE_WILLING = { yes: 'ja', no: 'nein' } as const;
const RELEVANCE_SLUG = 'relevanz';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseKm(value: string | null): number {
  const km = Number(value);
  return Number.isInteger(km) && km >= FILTER_RADIUS_KM.min && km <= FILTER_RADIUS_KM.max ? km : DEFAULT_NEAR_KM;
}

export function boardFiltersFromSearchParams(params: URLSearchParams): BoardFilters {
  const remote = params.get(BOARD_PARAMS.remote);
  const near = params.get(BOARD_PARAMS.near) ?? '';
  return {
    search: normaliseSearch(params.get(BOARD_PARAMS.search) ?? ''),
    skillIds: [...new Set(params.getAll(BOARD_PARAMS.skill).filter((id) => UUID.test(id)))].slice(0, FILTER_MAX_SKILLS),
    category: slugToEnum(params.get(BOARD_PARAMS.category), SKILL_CATEGORIES),
    region: slugToEnum(params.get(BOARD_PARAMS.region), REGION_KEYS),
    side: slugToEnum(params.get(BOARD_PARAMS.side), SIDES),
    kind: slugToEnum(params.get(BOARD_PARAMS.kind), [...NEED_KINDS, ...OFFER_KINDS]),
    remoteMode: slugToEnum(remote, REMOTE_MODES),
    remoteWilling: remote === REMOTE_WILLING.yes ? true : remote === REMOTE_WILLING.no ? false : null,
    topicField: slugToEnum(params.get(BOARD_PARAMS.topicField), TOPIC_FIELD_KEYS),
    nearMunicipalityId: UUID.test(near) ? near : '',
    nearKm: parseKm(params.get(BOARD_PARAMS.km)),
    sort: params.get(BOARD_PARAMS.sort) === RELEVANCE_SLUG ? 'RELEVANCE' : 'NEWEST',
  };
}

/** Writes `filters` into a copy of `base`; inactive filters are removed so the URL stays short. */
export function boardFiltersToSearchParams(filters: BoardFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (name: string, value: string | null) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  const slug = (value: string | null) => (value ? enumToSlug(value) : null);
  set(BOARD_PARAMS.search, normaliseSearch(filters.search) || null);
  next.delete(BOARD_PARAMS.skill);
  for (const id of filters.skillIds.slice(0, FILTER_MAX_SKILLS)) next.append(BOARD_PARAMS.skill, id);
  set(BOARD_PARAMS.category, slug(filters.category));
  set(BOARD_PARAMS.region, slug(filters.region));
  set(BOARD_PARAMS.side, slug(filters.side));
  set(BOARD_PARAMS.kind, slug(filters.kind));
  const willing = filters.remoteWilling === null ? null : filters.remoteWilling ? REMOTE_WILLING.yes : REMOTE_WILLING.no;
  set(BOARD_PARAMS.remote, slug(filters.remoteMode) ?? willing);
  set(BOARD_PARAMS.topicField, slug(filters.topicField));
  set(BOARD_PARAMS.near, filters.nearMunicipalityId || null);
  set(BOARD_PARAMS.km, filters.nearMunicipalityId && filters.nearKm !== DEFAULT_NEAR_KM ? String(filters.nearKm) : null);
  set(BOARD_PARAMS.sort, filters.sort === 'RELEVANCE' ? RELEVANCE_SLUG : null);
  return next;
}

export const EMPTY_BOARD_FILTERS: BoardFilters = {
  search: '',
  skillIds: [],
  category: null,
  region: null,
  side: null,
  kind: null,
  remoteMode: null,
  remoteWilling: null,
  topicField: null,
  nearMunicipalityId: '',
  nearKm: DEFAULT_NEAR_KM,
  sort: 'NEWEST',
};

/** The filters both boards understand, for the switch between them (kind, remote and topic field stay behind). */
export function sharedBoardSearch(filters: BoardFilters): string {
  const shared: BoardFilters = { ...filters, kind: null, remoteMode: null, remoteWilling: null, topicField: null };
  const search = boardFiltersToSearchParams(shared).toString();
  return search ? `?${search}` : '';
}

export function hasActiveBoardFilters(filters: BoardFilters): boolean {
  return boardFiltersToSearchParams({ ...filters, sort: 'NEWEST' }).toString() !== '';
}

/** Relevance orders by the filtered skills: without a skill filter the board is newest first. */
export function effectiveSort(filters: BoardFilters): BoardSort {
  return filters.sort === 'RELEVANCE' && filters.skillIds.length > 0 ? 'RELEVANCE' : 'NEWEST';
}

/** The filter fields both sides share, only the active ones (a stable shape: it is part of the query key). */
function commonFilter(filters: BoardFilters): NeedFilter & OfferFilter {
  const filter: NeedFilter & OfferFilter = {};
  const search = normaliseSearch(filters.search);
  if (search) filter.search = search;
  if (filters.skillIds.length > 0) filter.skillIds = filters.skillIds;
  if (filters.category) filter.category = filters.category;
  if (filters.region) filter.region = filters.region;
  if (filters.side) filter.side = filters.side;
  if (filters.nearMunicipalityId) filter.near = { municipalityId: filters.nearMunicipalityId, km: filters.nearKm };
  return filter;
}

export function toNeedFilter(filters: BoardFilters): NeedFilter {
  const filter: NeedFilter = commonFilter(filters);
  const kind = NEED_KINDS.find((value) => value === filters.kind);
  if (kind) filter.kind = kind;
  if (filters.remoteMode) filter.remoteMode = filters.remoteMode;
  if (filters.topicField) filter.topicField = filters.topicField;
  return filter;
}

export function toOfferFilter(filters: BoardFilters): OfferFilter {
  const filter: OfferFilter = commonFilter(filters);
  const kind = OFFER_KINDS.find((value) => value === filters.kind);
  if (kind) filter.kind = kind;
  if (filters.remoteWilling !== null) filter.remoteWilling = filters.remoteWilling;
  return filter;
}
