import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardFilter } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { DashboardDocument } from '../graphql/documents';

export const DASHBOARD_QUERY_ROOT = ['dashboard'] as const;

export const dashboardQueryKey = (language: Language, filter: DashboardFilter) => [...DASHBOARD_QUERY_ROOT, language, filter] as const;

/**
 * The server refreshes the figures every 30 seconds; asking as often keeps what is on screen under a
 * minute old (the figures must never be older).
 */
export const DASHBOARD_REFETCH_MS = 30_000;
/** Before the server's first refresh ("asOf" null) the page asks again sooner. */
export const DASHBOARD_PENDING_REFETCH_MS = 10_000;

/** Every panel of the dashboard for one period and region (one request). */
export function useDashboard(filter: DashboardFilter) {
  const language = useLanguage();
  return useQuery({
    queryKey: dashboardQueryKey(language, filter),
    queryFn: ({ signal }) => request(DashboardDocument, { filter }, { language, signal }),
    staleTime: 30_000,
    refetchInterval: (query) => (query.state.data?.dashboard.asOf === null ? DASHBOARD_PENDING_REFETCH_MS : DASHBOARD_REFETCH_MS),
    // Another period or region: keep showing the last figures (marked busy) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
