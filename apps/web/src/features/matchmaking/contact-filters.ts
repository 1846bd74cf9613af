import type { ContactBox, ContactRequestStatus } from '../../gql/graphql';
import { enumToSlug, slugToEnum } from '../../lib/enum-slug';
import { CONTACT_STATUSES } from './enums';

/** Filter state of "Kontaktanfragen" (in the URL): which box, which status. */
export interface ContactFilters {
  box: ContactBox;
  status: ContactRequestStatus | null;
}

export const CONTACT_PARAMS = { box: 'fach', status: 'status' } as const;
const OUTBOX_SLUG = 'ausgang';

export function contactFiltersFromSearchParams(params: URLSearchParams): ContactFilters {
  return {
    box: params.get(CONTACT_PARAMS.box) === OUTBOX_SLUG ? 'OUTBOX' : 'INBOX',
    status: slugToEnum(params.get(CONTACT_PARAMS.status), CONTACT_STATUSES),
  };
}

export function contactFiltersToSearchParams(filters: ContactFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  if (filters.box === 'OUTBOX') next.set(CONTACT_PARAMS.box, OUTBOX_SLUG);
  else next.delete(CONTACT_PARAMS.box);
  if (filters.status) next.set(CONTACT_PARAMS.status, enumToSlug(filters.status));
  else next.delete(CONTACT_PARAMS.status);
  return next;
}
