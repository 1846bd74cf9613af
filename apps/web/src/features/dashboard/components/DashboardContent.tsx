import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { DashboardQuery } from '../../../gql/graphql';
import { isEmptyPeriod, type DashboardData } from '../datasets';
import { periodSlug } from '../filters';
import { useLabels } from '../hooks/use-cell-format';
import { DashboardPanels } from './DashboardPanels';
import { DashboardStatus } from './DashboardStatus';
import { FigureContext } from './figure-context';

interface Props {
  query: UseQueryResult<DashboardQuery>;
  print?: boolean;
  /** Rendered between the status and the panels (the print button). */
  children?: ReactNode;
}

function Loaded({ data, topicFields, print, refreshing, children }: { data: DashboardData; topicFields: DashboardQuery['topicFields']; print: boolean; refreshing: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const labels = useLabels(topicFields);
  const empty = isEmptyPeriod(data);
  return (
    <FigureContext value={{ print, periodSlug: periodSlug(data.period), region: data.region ?? null }}>
      <DashboardStatus data={data} refreshing={refreshing} />
      {children}
      <div className="dashboard-panels" aria-busy={refreshing}>
        {empty ? (
          <EmptyState title={t('dashboard.empty')}>
            <p>{t('dashboard.emptyHint')}</p>
          </EmptyState>
        ) : null}
        <DashboardPanels data={data} labels={labels} onlyContext={empty} />
      </div>
    </FigureContext>
  );
}

/** Loading, error (the API's message, e.g. DASHBOARD_PERIOD_INVALID) and the figures of the dashboard. */
export function DashboardContent({ query, print = false, children }: Props) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <div aria-busy="true">
        <LoadingState label={t('dashboard.loading')}>
          <div className="skeleton skeleton--block" aria-hidden="true" />
        </LoadingState>
      </div>
    );
  }
  if (query.isError) {
    return <ErrorState title={t('dashboard.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return (
    <Loaded data={query.data.dashboard} topicFields={query.data.topicFields} print={print} refreshing={query.isPlaceholderData}>
      {children}
    </Loaded>
  );
}
