import { useMemo } from 'react';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { dashboardFiltersFromSearchParams, dashboardFiltersToSearchParams, toDashboardFilter } from '../filters';
import { useDashboard } from './use-dashboard';

/** Period and region from the URL (page and print view alike) and the dashboard for them. */
export function useDashboardFromUrl() {
  const { filters, update } = useSearchParamFilters(dashboardFiltersFromSearchParams, dashboardFiltersToSearchParams);
  const filter = useMemo(() => toDashboardFilter(filters), [filters]);
  return { filters, update, query: useDashboard(filter) };
}
