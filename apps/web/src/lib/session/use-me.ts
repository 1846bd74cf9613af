import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../i18n';
import { request } from '../graphql-client';
import { useLanguage } from '../use-language';
import { MeDocument } from './documents';

export const ME_QUERY_ROOT = ['me'] as const;

export const meQueryKey = (language: Language) => [...ME_QUERY_ROOT, language] as const;

/** The signed-in person, or null when signed out. */
export function useMe() {
  const language = useLanguage();
  return useQuery({
    queryKey: meQueryKey(language),
    queryFn: ({ signal }) => request(MeDocument, {}, { language, signal }),
    select: (data) => data.me ?? null,
  });
}
