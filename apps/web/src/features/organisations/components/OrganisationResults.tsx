import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { OrganisationFilter } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { useOrganisations } from '../hooks/use-organisations';
import { OrganisationListItem } from './OrganisationListItem';

interface Props {
  filter: OrganisationFilter;
  onResetFilters?: () => void;
}

/** The results region with its (visually hidden) heading, so result headings sit below an h2. */
function ResultsSection({ headingId, busy, children }: { headingId: string; busy?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="results" aria-labelledby={headingId} aria-busy={busy === undefined ? undefined : busy}>
      <h2 id={headingId} className="visually-hidden">
        {t('organisations.resultsLabel')}
      </h2>
      {children}
    </section>
  );
}

export function OrganisationResults({ filter, onResetFilters }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const query = useOrganisations(filter);

  if (query.isPending) {
    return (
      <ResultsSection headingId={headingId} busy>
        <LoadingState label={t('organisations.loading')}>
          <ul className="org-list" aria-hidden="true">
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <li key={n} className="org-item skeleton skeleton--row" />
            ))}
          </ul>
        </LoadingState>
      </ResultsSection>
    );
  }

  if (query.isError && !query.data) {
    return (
      <ResultsSection headingId={headingId}>
        <ErrorState title={t('organisations.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </ResultsSection>
    );
  }

  const { organisations, totalCount } = query.data;

  if (organisations.length === 0) {
    return (
      <ResultsSection headingId={headingId}>
        <p role="status" className="visually-hidden">
          {t('organisations.emptyTitle')}
        </p>
        <EmptyState title={t('organisations.emptyTitle')}>
          <p>{t('organisations.emptyText')}</p>
          {onResetFilters ? (
            <button type="button" className="button button--secondary" onClick={onResetFilters}>
              {t('organisations.resetFilters')}
            </button>
          ) : null}
        </EmptyState>
      </ResultsSection>
    );
  }

  return (
    <ResultsSection headingId={headingId} busy={query.isFetching}>
      <p role="status" className="results__count">
        {t('organisations.totalCount', { count: totalCount, formattedCount: format.number(totalCount) })}
      </p>
      <ul className="org-list" aria-labelledby={headingId}>
        {organisations.map((organisation) => (
          <OrganisationListItem key={organisation.id} organisation={organisation} />
        ))}
      </ul>
      <div className="results__more">
        <p className="muted">
          {t('organisations.shownOf', {
            shown: format.number(organisations.length),
            total: format.number(totalCount),
          })}
        </p>
        {query.isFetchNextPageError ? (
          <ErrorState
            title={t('organisations.loadMoreError')}
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
            retrying={query.isFetchingNextPage}
          />
        ) : null}
        {query.hasNextPage && !query.isFetchNextPageError ? (
          <button type="button" className="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? t('organisations.loadingMore') : t('organisations.loadMore')}
          </button>
        ) : null}
      </div>
    </ResultsSection>
  );
}
