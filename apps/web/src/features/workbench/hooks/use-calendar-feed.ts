import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { MyCalendarFeedDocument, RegenerateCalendarFeedDocument, RevokeCalendarFeedDocument } from '../graphql/documents';
import { WORKBENCH_QUERY_ROOT } from './query-root';

export const calendarFeedQueryKey = [...WORKBENCH_QUERY_ROOT, 'calendarFeed'] as const;

/** Whether my calendar feed is active, and since when (its URL is never shown again). */
export function useCalendarFeed() {
  const language = useLanguage();
  return useQuery({
    queryKey: calendarFeedQueryKey,
    queryFn: ({ signal }) => request(MyCalendarFeedDocument, {}, { language, signal }),
    select: (data) => data.myCalendarFeed,
    staleTime: 0,
  });
}

/** A feed mutation: afterwards only the feed's status is fetched again. */
function useFeedMutation<R>(mutate: (language: string) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => mutate(language),
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarFeedQueryKey }),
  });
}

/** A new secret URL (shown once); a previous one stops working. */
export const useRegenerateCalendarFeed = () =>
  useFeedMutation(async (language) => (await request(RegenerateCalendarFeedDocument, {}, { language })).regenerateCalendarFeed);

/** Ends the subscription: the URL stops working. */
export const useRevokeCalendarFeed = () =>
  useFeedMutation(async (language) => (await request(RevokeCalendarFeedDocument, {}, { language })).revokeCalendarFeed);
