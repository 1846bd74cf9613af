import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { OfficesDocument } from '../graphql/documents';

export const OFFICES_QUERY_ROOT = ['offices'] as const;

export const officesQueryKey = (language: Language) => [...OFFICES_QUERY_ROOT, language] as const;

/** All offices, sorted by organisation, with holder and history (joint office and administrators). */
export function useOffices() {
  const language = useLanguage();
  return useQuery({
    queryKey: officesQueryKey(language),
    queryFn: ({ signal }) => request(OfficesDocument, {}, { language, signal }),
    select: (data) => data.offices,
    staleTime: 0,
  });
}
