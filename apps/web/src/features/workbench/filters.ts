import { isValidDate } from '@wiw/domain';
import type { BookingScope, ConsultationFormatFilter, ConsultationFormatOrder, TopicFieldKey } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { TOPIC_FIELD_KEYS } from '../../lib/enums';
import { normaliseSearch } from '../../lib/search';

// --- /werkbank: the format list ----------------------------------------------------------------

/** Filters of the format list; they live in the URL so a filtered list can be linked. */
export interface FormatFilters {
  search: string;
  topicField: TopicFieldKey | null;
  /** NEWEST (the default) or NEXT_FREE_SLOT. */
  order: ConsultationFormatOrder;
}

export const FORMAT_PARAMS = { search: 'q', topicField: 'themenfeld', order: 'sortierung' } as const;
/** The URL value of the NEXT_FREE_SLOT order. */
const NEXT_FREE_SLUG = 'naechster-termin';

export const EMPTY_FORMAT_FILTERS: FormatFilters = { search: '', topicField: null, order: 'NEWEST' };

export function formatFiltersFromSearchParams(params: URLSearchParams): FormatFilters {
  return {
    search: normaliseSearch(params.get(FORMAT_PARAMS.search) ?? ''),
    topicField: slugToEnum(params.get(FORMAT_PARAMS.topicField), TOPIC_FIELD_KEYS),
    order: params.get(FORMAT_PARAMS.order) === NEXT_FREE_SLUG ? 'NEXT_FREE_SLOT' : 'NEWEST',
  };
}

/** Writes `filters` into a copy of `base`; inactive filters are removed so the URL stays short. */
export function formatFiltersToSearchParams(filters: FormatFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const search = normaliseSearch(filters.search);
  if (search) next.set(FORMAT_PARAMS.search, search);
  else next.delete(FORMAT_PARAMS.search);
  if (filters.topicField) next.set(FORMAT_PARAMS.topicField, enumToSlug(filters.topicField));
  else next.delete(FORMAT_PARAMS.topicField);
  if (filters.order === 'NEXT_FREE_SLOT') next.set(FORMAT_PARAMS.order, NEXT_FREE_SLUG);
  else next.delete(FORMAT_PARAMS.order);
  return next;
}

export function hasActiveFormatFilters(filters: FormatFilters): boolean {
  return formatFiltersToSearchParams(filters).toString() !== '';
}

/** The API filter: only the active fields (a stable shape, it is part of the query key), or null. */
export function toFormatFilter(filters: FormatFilters): ConsultationFormatFilter | null {
  const filter: ConsultationFormatFilter = {};
  const search = normaliseSearch(filters.search);
  if (search) filter.query = search;
  if (filters.topicField) filter.topicField = filters.topicField;
  return Object.keys(filter).length > 0 ? filter : null;
}

// --- /werkbank/formate/:id: the week shown and the chosen slot ---------------------------------

/** The week (any day of it) and the chosen start: a signed-out visitor returns to them after signing in. */
export interface SlotChoice {
  week: string | null;
  slot: string | null;
}

export const SLOT_PARAMS = { week: 'woche', slot: 'termin' } as const;

function isInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) && !Number.isNaN(new Date(value).getTime());
}

export function slotChoiceFromSearchParams(params: URLSearchParams): SlotChoice {
  const week = params.get(SLOT_PARAMS.week);
  const slot = params.get(SLOT_PARAMS.slot);
  return { week: week && isValidDate(week) ? week : null, slot: slot && isInstant(slot) ? new Date(slot).toISOString() : null };
}

export function slotChoiceToSearchParams(choice: SlotChoice, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  if (choice.week) next.set(SLOT_PARAMS.week, choice.week);
  else next.delete(SLOT_PARAMS.week);
  if (choice.slot) next.set(SLOT_PARAMS.slot, choice.slot);
  else next.delete(SLOT_PARAMS.slot);
  return next;
}

// --- /werkbank/termine: upcoming or past ------------------------------------------------------

export const BOOKING_SCOPES: readonly BookingScope[] = ['UPCOMING', 'PAST'];
export const SCOPE_PARAM = 'zeitraum';
const PAST_SLUG = 'vergangen';

export function scopeFromSearchParams(params: URLSearchParams): BookingScope {
  return params.get(SCOPE_PARAM) === PAST_SLUG ? 'PAST' : 'UPCOMING';
}

/** "" for upcoming (the default), "?zeitraum=vergangen" for past bookings. */
export function scopeSearch(scope: BookingScope): string {
  return scope === 'PAST' ? `?${SCOPE_PARAM}=${PAST_SLUG}` : '';
}
