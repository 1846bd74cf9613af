import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface UpdateFiltersOptions {
  /** Replace the history entry (typing in a search box) instead of pushing one. */
  replace?: boolean;
}

/**
 * Filters read from and written to the URL search params with a pair of pure functions
 * (pass module-level functions: they are dependencies of the returned callbacks).
 */
export function useSearchParamFilters<F>(
  read: (params: URLSearchParams) => F,
  write: (filters: F, base: URLSearchParams) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => read(searchParams), [read, searchParams]);

  const update = useCallback(
    (patch: Partial<F>, options: UpdateFiltersOptions = {}) => {
      setSearchParams((current) => write({ ...read(current), ...patch }, current), { replace: options.replace ?? false });
    },
    [read, write, setSearchParams],
  );

  return { filters, update };
}
