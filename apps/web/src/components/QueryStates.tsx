import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from './StatusViews';

interface QueryStatesProps<T> {
  query: UseQueryResult<T>;
  /** The thing asked for does not exist (a not-found code, or a URL that cannot name one). */
  notFound: boolean;
  notFoundText: string;
  notFoundAction: ReactNode;
  loadingLabel: string;
  errorTitle: string;
  children: (data: T) => ReactNode;
}

/** The not-found, loading and error states of a detail page, then its content. */
export function QueryStates<T>({ query, notFound, notFoundText, notFoundAction, loadingLabel, errorTitle, children }: QueryStatesProps<T>) {
  if (notFound) return <EmptyState title={notFoundText}>{notFoundAction}</EmptyState>;
  if (query.isPending) {
    return (
      <div aria-busy="true">
        <LoadingState label={loadingLabel}>
          <div className="skeleton skeleton--block" aria-hidden="true" />
        </LoadingState>
      </div>
    );
  }
  if (query.isError) {
    return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <>{children(query.data)}</>;
}
