import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LegalPageKind, UpdateLegalPageInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { LegalPageDocument, LegalPageHistoryDocument, UpdateLegalPageDocument } from '../graphql/documents';

/** Every query of the legal pages: a save changes the published page and the history. */
export const LEGAL_PAGES_QUERY_ROOT = ['legal-pages'] as const;

/** The published version of a legal page, in the interface's language. */
export function useLegalPage(page: LegalPageKind) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...LEGAL_PAGES_QUERY_ROOT, 'page', language, page] as const,
    queryFn: ({ signal }) => request(LegalPageDocument, { page }, { language, signal }),
    select: (data) => data.legalPage ?? null,
  });
}

/** The saved versions, newest first (administrators). */
export function useLegalPageHistory(page: LegalPageKind, enabled: boolean) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...LEGAL_PAGES_QUERY_ROOT, 'history', language, page] as const,
    queryFn: ({ signal }) => request(LegalPageHistoryDocument, { page }, { language, signal }),
    select: (data) => data.legalPageHistory,
    enabled,
  });
}

/** Saves a new version (LEGAL_PAGE_OUTDATED when someone saved since `baseVersion`). */
export function useUpdateLegalPage() {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateLegalPageInput) => (await request(UpdateLegalPageDocument, { input }, { language })).updateLegalPage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: LEGAL_PAGES_QUERY_ROOT }),
  });
}
