import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewsCorrectionInput, NewsDraftInput, NewsFilter } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useConnectionQuery } from '../../../lib/use-connection-query';
import { useLanguage } from '../../../lib/use-language';
import {
  ApproveNewsItemDocument,
  CorrectNewsItemDocument,
  CreateNewsDraftDocument,
  MyNewsDocument,
  NewsApprovalQueueDocument,
  NewsItemDocument,
  NewsItemsDocument,
  NewsPublishersDocument,
  SendBackNewsItemDocument,
  SubmitNewsItemDocument,
  TransparencyReportDocument,
  UpdateNewsDraftDocument,
  WithdrawNewsItemDocument,
} from '../graphql/documents';

/** Every query of the publications feature: a step of one item changes lists, page, editor and queue at once. */
export const NEWS_QUERY_ROOT = ['news'] as const;
export const NEWS_PAGE_SIZE = 20;

export const newsItemsQueryKey = (language: Language, filter: NewsFilter | null) => [...NEWS_QUERY_ROOT, 'list', language, filter] as const;

/** Published and withdrawn items, newest first, 20 per page. */
export function useNewsItems(filter: NewsFilter | null) {
  const language = useLanguage();
  return useConnectionQuery(
    newsItemsQueryKey(language, filter),
    async (after, signal) => (await request(NewsItemsDocument, { filter, first: NEWS_PAGE_SIZE, after }, { language, signal })).newsItems,
  );
}

export const newsItemQueryKey = (language: Language, id: string) => [...NEWS_QUERY_ROOT, 'item', language, id] as const;

/** One item I may see (ErrorCodes.NEWS_ITEM_NOT_FOUND otherwise). */
export function useNewsItem(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: newsItemQueryKey(language, id),
    queryFn: ({ signal }) => request(NewsItemDocument, { id }, { language, signal }),
    select: (data) => data.newsItem,
  });
}

export const newsPublishersQueryKey = (language: Language) => [...NEWS_QUERY_ROOT, 'publishers', language] as const;

/** Organisations and offices with public items (the list's filter options). */
export function useNewsPublishers() {
  const language = useLanguage();
  return useQuery({
    queryKey: newsPublishersQueryKey(language),
    queryFn: ({ signal }) => request(NewsPublishersDocument, {}, { language, signal }),
    select: (data) => data.newsPublishers,
  });
}

export const myNewsQueryKey = (language: Language) => [...NEWS_QUERY_ROOT, 'mine', language] as const;

/** My items in every state, with the organisations and offices I may publish for. */
export function useMyNews() {
  const language = useLanguage();
  return useQuery({ queryKey: myNewsQueryKey(language), queryFn: ({ signal }) => request(MyNewsDocument, {}, { language, signal }) });
}

export const newsQueueQueryKey = (language: Language) => [...NEWS_QUERY_ROOT, 'queue', language] as const;

/** Submitted items I may approve, oldest first. */
export function useNewsApprovalQueue() {
  const language = useLanguage();
  return useQuery({
    queryKey: newsQueueQueryKey(language),
    queryFn: ({ signal }) => request(NewsApprovalQueueDocument, {}, { language, signal }),
    select: (data) => data.newsApprovalQueue,
  });
}

function useNewsMutation<V, R>(mutate: (variables: V, language: Language) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(variables, language),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: NEWS_QUERY_ROOT });
    },
  });
}

export const useCreateNewsDraft = () =>
  useNewsMutation(async (input: NewsDraftInput, language) => (await request(CreateNewsDraftDocument, { input }, { language })).createNewsDraft);

export const useSubmitNewsItem = () =>
  useNewsMutation(async (id: string, language) => (await request(SubmitNewsItemDocument, { id }, { language })).submitNewsItem);

export const useApproveNewsItem = () =>
  useNewsMutation(async (id: string, language) => (await request(ApproveNewsItemDocument, { id }, { language })).approveNewsItem);

export const useUpdateNewsDraft = () =>
  useNewsMutation(
    async ({ id, input }: { id: string; input: NewsDraftInput }, language) =>
      (await request(UpdateNewsDraftDocument, { id, input }, { language })).updateNewsDraft,
  );

export const useSendBackNewsItem = () =>
  useNewsMutation(
    async ({ id, comment }: { id: string; comment: string }, language) =>
      (await request(SendBackNewsItemDocument, { id, comment }, { language })).sendBackNewsItem,
  );

export const useCorrectNewsItem = () =>
  useNewsMutation(
    async ({ id, input }: { id: string; input: NewsCorrectionInput }, language) =>
      (await request(CorrectNewsItemDocument, { id, input }, { language })).correctNewsItem,
  );

export const useWithdrawNewsItem = () =>
  useNewsMutation(
    async ({ id, reason }: { id: string; reason: string }, language) =>
      (await request(WithdrawNewsItemDocument, { id, reason }, { language })).withdrawNewsItem,
  );

export const transparencyQueryKey = (language: Language, year: number, quarter: number | null) =>
  [...NEWS_QUERY_ROOT, 'transparency', language, year, quarter] as const;

/** The public transparency report of a year or quarter. */
export function useTransparencyReport(year: number, quarter: number | null) {
  const language = useLanguage();
  return useQuery({
    queryKey: transparencyQueryKey(language, year, quarter),
    queryFn: ({ signal }) => request(TransparencyReportDocument, { year, quarter }, { language, signal }),
    select: (data) => data.transparencyReport,
  });
}
