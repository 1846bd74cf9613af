import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { MySessionsDocument } from '../graphql/documents';

export const MY_SESSIONS_QUERY_ROOT = ['mySessions'] as const;

export const mySessionsQueryKey = (language: Language) => [...MY_SESSIONS_QUERY_ROOT, language] as const;

/** The caller's live sessions, most recently used first; UNAUTHENTICATED when signed out. */
export function useMySessions() {
  const language = useLanguage();
  return useQuery({
    queryKey: mySessionsQueryKey(language),
    queryFn: ({ signal }) => request(MySessionsDocument, {}, { language, signal }),
    select: (data) => data.mySessions,
    staleTime: 0,
  });
}
