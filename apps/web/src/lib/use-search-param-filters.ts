import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';

export interface UpdateFiltersOptions {
  /** Replace the history entry (typing in a search box) instead of pushing one. */
  replace?: boolean;
}

/**
 * Filters read from and written to the URL search params with a pair of pure functions
 * (pass module-level functions: they are dependencies of the returned callbacks).
 *
 * The router renders a navigation in a transition: until it has rendered, the search params of
 * the last render (which react-router's functional update also uses) are stale, and a second
 * change in that moment (period, then region) would drop the first. So the params written last
 * are the base of the next change until the router renders a navigation. The router then renders
 * its latest location (pending navigations render together), so whatever it renders — the written
 * params, or another URL after Back/Forward — is the base from then on.
 */
export function useSearchParamFilters<F>(read: (params: URLSearchParams) => F, write: (filters: F, base: URLSearchParams) => URLSearchParams) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const written = useRef<URLSearchParams | null>(null);
  // Any rendered navigation (also one back to the same search) ends the wait for the written params.
  useEffect(() => {
    written.current = null;
  }, [location]);
  const filters = useMemo(() => read(searchParams), [read, searchParams]);

  const update = useCallback(
    (patch: Partial<F>, options: UpdateFiltersOptions = {}) => {
      const base = written.current ?? searchParams;
      const next = write({ ...read(base), ...patch }, base);
      written.current = next;
      setSearchParams(next, { replace: options.replace ?? false });
    },
    [read, write, searchParams, setSearchParams],
  );

  return { filters, update };
}
