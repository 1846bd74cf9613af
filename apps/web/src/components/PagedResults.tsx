import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from './StatusViews';
import { type Paged } from '../lib/use-connection-query';

interface PagedResultsProps<T> {
  query: UseInfiniteQueryResult<Paged<T>>;
  loadingLabel: string;
  errorTitle: string;
  emptyTitle: string;
  /** "x von y …"; defaults to the general "x von y angezeigt". */
  shownText?: (shown: number, total: number) => string;
  children: (items: T[]) => ReactNode;
}

/** Loading, error and empty states of a paged list, then the list, "x von y" and "Weitere laden". */
export function PagedResults<T>({ query, loadingLabel, errorTitle, emptyTitle, shownText, children }: PagedResultsProps<T>) {
  const { t } = useTranslation();
  const shownRef = useRef<HTMLParagraphElement>(null);
  if (query.isPending) {
    return (
      <div aria-busy="true">
        <LoadingState label={loadingLabel} />
      </div>
    );
  }
  if (!query.data) {
    return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const { items, totalCount } = query.data;
  if (items.length === 0) return <EmptyState title={emptyTitle} />;

  const loadMore = async () => {
    const result = await query.fetchNextPage();
    // The button is gone after the last page: keep the keyboard near the list.
    if (!result.hasNextPage) shownRef.current?.focus();
  };

  return (
    <>
      <p ref={shownRef} role="status" tabIndex={-1} className="coordination-shown">
        {shownText ? shownText(items.length, totalCount) : t('shared.paging.shown', { shown: items.length, total: totalCount })}
      </p>
      {children(items)}
      {query.hasNextPage ? (
        <p>
          <button type="button" className="button button--secondary" disabled={query.isFetchingNextPage} onClick={() => void loadMore()}>
            {query.isFetchingNextPage ? t('shared.paging.loadingMore') : t('shared.paging.loadMore')}
          </button>
        </p>
      ) : null}
      {query.isFetchNextPageError ? (
        <p className="form-alert form-alert--inline" role="alert">
          {t('shared.paging.loadMoreError')}
        </p>
      ) : null}
    </>
  );
}

/**
 * A results section of a filtered list page: a heading for screen readers, then the paged list of
 * entries, one card each.
 */
export function ResultsSection<T extends { id: string }>({
  heading,
  renderItem,
  ...paged
}: Omit<PagedResultsProps<T>, 'children'> & { heading: string; renderItem: (item: T) => ReactNode }) {
  const headingId = useId();
  return (
    <section className="results" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {heading}
      </h2>
      <PagedResults {...paged}>
        {(items) => (
          <ul className="entry-list">
            {items.map((item) => (
              <li key={item.id}>{renderItem(item)}</li>
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}
