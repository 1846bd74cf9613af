import { useInfiniteQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { AuditEventsDocument } from '../graphql/documents';

export const AUDIT_EVENTS_PAGE_SIZE = 25;

export const AUDIT_EVENTS_QUERY_ROOT = ['auditEvents'] as const;

export const auditEventsQueryKey = (language: Language, action: string) => [...AUDIT_EVENTS_QUERY_ROOT, language, action] as const;

/** The audit log, newest first, 25 per page ("Weitere laden"); `action` is exact or a prefix ending in a dot. */
export function useAuditEvents(action: string) {
  const language = useLanguage();
  return useInfiniteQuery({
    queryKey: auditEventsQueryKey(language, action),
    queryFn: ({ pageParam, signal }) =>
      request(
        AuditEventsDocument,
        { first: AUDIT_EVENTS_PAGE_SIZE, after: pageParam, filter: action ? { action } : null },
        { language, signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const { hasNextPage, endCursor } = lastPage.auditEvents.pageInfo;
      return hasNextPage && endCursor ? endCursor : undefined;
    },
    select: (data) => ({
      events: data.pages.flatMap((page) => page.auditEvents.edges.map((edge) => edge.node)),
      totalCount: data.pages.at(-1)?.auditEvents.totalCount ?? 0,
    }),
    staleTime: 0,
  });
}
