import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { DemoDataDocument } from '../graphql/documents';

export const demoDataQueryKey = ['demoData'] as const;

/** Whether the demo data (fictional organisations) is loaded; the footer labels it only then. */
export function useDemoData() {
  return useQuery({
    queryKey: demoDataQueryKey,
    queryFn: ({ signal }) => request(DemoDataDocument, {}, { signal }),
    select: (data) => data.demoData,
    staleTime: Infinity,
  });
}
