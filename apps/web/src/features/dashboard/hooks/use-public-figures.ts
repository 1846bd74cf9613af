import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { PublicFiguresDocument } from '../graphql/documents';
import { publicFiguresVariables, type PublicPeriodChoice } from '../public-figures';

/** The public figures of one quarter or year; the figures change at most with each refresh of the server (30 s). */
export function usePublicFigures(choice: PublicPeriodChoice) {
  const language = useLanguage();
  const variables = publicFiguresVariables(choice);
  return useQuery({
    queryKey: ['publicFigures', language, variables] as const,
    queryFn: ({ signal }) => request(PublicFiguresDocument, variables, { language, signal }),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
