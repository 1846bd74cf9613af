import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_FILTERS, filtersFromSearchParams, filtersToSearchParams, type OrganisationFilters } from '../filters';

export interface UpdateFiltersOptions {
  /** Replace the history entry (typing in the search box) instead of pushing one. */
  replace?: boolean;
}

/** Directory filters read from and written to the URL search params. */
export function useOrganisationFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<OrganisationFilters>, options: UpdateFiltersOptions = {}) => {
      setSearchParams((current) => filtersToSearchParams({ ...filtersFromSearchParams(current), ...patch }, current), {
        replace: options.replace ?? false,
      });
    },
    [setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams((current) => filtersToSearchParams(EMPTY_FILTERS, current));
  }, [setSearchParams]);

  return { filters, update, reset };
}
