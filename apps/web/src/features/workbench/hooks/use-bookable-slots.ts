import { weekEnd } from '@wiw/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { BookableSlotsDocument } from '../graphql/documents';
import { WORKBENCH_QUERY_ROOT } from './query-root';

export const bookableSlotsQueryKey = (formatId: string, from: string, to: string) => [...WORKBENCH_QUERY_ROOT, 'slots', formatId, from, to] as const;

/** Free times of a format in the week starting on `week` (Berlin days, Monday to Sunday), soonest first. */
export function useBookableSlots(formatId: string, week: string) {
  const language = useLanguage();
  const to = weekEnd(week);
  return useQuery({
    queryKey: bookableSlotsQueryKey(formatId, week, to),
    queryFn: ({ signal }) => request(BookableSlotsDocument, { formatId, from: week, to }, { language, signal }),
    select: (data) => data.bookableSlots,
    // Free times change with every booking: always fetched fresh, and again when the tab is back in view.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}
