import { addDays, AUDIT_ACTION_MAX_LENGTH, dayStart, isValidDate } from '@wiw/domain';
import type { AuditEventFilter } from '../../gql/graphql';

/** Entity types the API writes into the audit log (grep `entityType:` in apps/api/src). */
export const AUDIT_ENTITY_TYPES = ['User', 'Session', 'Organisation', 'Membership', 'Invitation', 'Office'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Filter state of the audit log; lives in the URL. `from` and `to` are days in Europe/Berlin, `to` inclusive. */
export interface AuditFilters {
  action: string;
  entityType: AuditEntityType | null;
  actorUserId: string | null;
  from: string | null;
  to: string | null;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = { action: '', entityType: null, actorUserId: null, from: null, to: null };

export const AUDIT_FILTER_PARAMS = {
  action: 'aktion',
  entityType: 'betroffen',
  actorUserId: 'person',
  from: 'von',
  to: 'bis',
} as const satisfies Record<keyof AuditFilters, string>;

/** What the API accepts as an action: exact ("session.opened") or a prefix ending in a dot ("role."). */
const ACTION = new RegExp(`^[a-z_.]{1,${AUDIT_ACTION_MAX_LENGTH}}$`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isValidAction(value: string): boolean {
  return value === '' || ACTION.test(value);
}

export function parseEntityType(value: string | null | undefined): AuditEntityType | null {
  return AUDIT_ENTITY_TYPES.find((type) => type === value) ?? null;
}

/** Reads the filters from the URL; values the API would refuse are left out. */
export function auditFiltersFromSearchParams(params: URLSearchParams): AuditFilters {
  const action = (params.get(AUDIT_FILTER_PARAMS.action) ?? '').trim();
  const actor = params.get(AUDIT_FILTER_PARAMS.actorUserId);
  const day = (name: string) => {
    const value = params.get(name);
    return value && isValidDate(value) ? value : null;
  };
  return {
    action: isValidAction(action) ? action : '',
    entityType: parseEntityType(params.get(AUDIT_FILTER_PARAMS.entityType)),
    actorUserId: actor && UUID.test(actor) ? actor.toLowerCase() : null,
    from: day(AUDIT_FILTER_PARAMS.from),
    to: day(AUDIT_FILTER_PARAMS.to),
  };
}

/** Writes the filters into a copy of `base`; inactive ones are removed. */
export function auditFiltersToSearchParams(filters: AuditFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of Object.keys(AUDIT_FILTER_PARAMS) as Array<keyof AuditFilters>) {
    const value = filters[key];
    if (value) next.set(AUDIT_FILTER_PARAMS[key], value);
    else next.delete(AUDIT_FILTER_PARAMS[key]);
  }
  return next;
}

/** The API's filter (only active fields, a stable shape for the query key): days become Berlin instants, `to` exclusive. */
export function toAuditEventFilter(filters: AuditFilters): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (filters.action) filter.action = filters.action;
  if (filters.entityType) filter.entityType = filters.entityType;
  if (filters.actorUserId) filter.actorUserId = filters.actorUserId;
  if (filters.from && isValidDate(filters.from)) filter.from = dayStart(filters.from).toISOString();
  if (filters.to && isValidDate(filters.to)) filter.to = dayStart(addDays(filters.to, 1)).toISOString();
  return filter;
}

/** The CSV export with the same filter as URL parameters (sent with the session cookie). */
export function auditExportUrl(filter: AuditEventFilter): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'entityType', 'actorUserId', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/audit/export.csv?${query}` : '/audit/export.csv';
}
