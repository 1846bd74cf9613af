import type { AuditEventFilter } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { AuditEventsDocument } from '../graphql/documents';
import { useConnectionQuery } from '../../../lib/use-connection-query';

export const AUDIT_EVENTS_PAGE_SIZE = 25;

export const AUDIT_EVENTS_QUERY_ROOT = ['auditEvents'] as const;

export const auditEventsQueryKey = (language: Language, filter: AuditEventFilter) => [...AUDIT_EVENTS_QUERY_ROOT, language, filter] as const;

/** The audit log, newest first, 25 per page ("Weitere laden"), with the API's filter. */
export function useAuditEvents(filter: AuditEventFilter) {
  const language = useLanguage();
  return useConnectionQuery(auditEventsQueryKey(language, filter), async (after, signal) => {
    const data = await request(
      AuditEventsDocument,
      { first: AUDIT_EVENTS_PAGE_SIZE, after, filter: Object.keys(filter).length > 0 ? filter : null },
      { language, signal },
    );
    return data.auditEvents;
  });
}
