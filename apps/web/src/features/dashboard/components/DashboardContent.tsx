import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { DashboardQuery } from '../../../gql/graphql';
import type { DashboardData } from '../datasets';
import { periodSlug } from '../filters';
import { useLabels } from '../hooks/use-cell-format';
import { DashboardPanels } from './DashboardPanels';
import { DashboardStatus, type RefreshError } from './DashboardStatus';
import { FigureContext } from './figure-context';

interface Props {
  query: UseQueryResult<DashboardQuery>;
  print?: boolean;
  /** Rendered between the status and the panels (the print button). */
  children?: ReactNode;
}

interface LoadedProps {
  data: DashboardData;
  topicFields: DashboardQuery['topicFields'];
  print: boolean;
  fetchedAt: number;
  refreshing: boolean;
  refreshError: RefreshError | undefined;
  children?: ReactNode;
}

function Loaded({ data, topicFields, print, fetchedAt, refreshing, refreshError, children }: LoadedProps) {
  const labels = useLabels(topicFields);
  return (
    <FigureContext value={{ print, periodSlug: periodSlug(data.period), region: data.region ?? null }}>
      <DashboardStatus data={data} fetchedAt={fetchedAt} refreshing={refreshing} refreshError={refreshError} />
      {children}
      <div className="dashboard-panels" aria-busy={refreshing}>
        <DashboardPanels data={data} labels={labels} />
      </div>
    </FigureContext>
  );
}

/**
 * Loading, error (the API's message, e.g. DASHBOARD_PERIOD_INVALID) and the figures of the dashboard.
 * A failed refetch keeps its data (React Query v5): the figures stay, with a notice and a retry;
 * the error page is only for when there are no figures to show.
 */
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
  const retry = () => void query.refetch();
  if (query.data === undefined) {
    return <ErrorState title={t('dashboard.error')} error={query.error} onRetry={retry} retrying={query.isFetching} />;
  }
  return (
    <Loaded
      data={query.data.dashboard}
      topicFields={query.data.topicFields}
      print={print}
      fetchedAt={query.dataUpdatedAt}
      refreshing={query.isPlaceholderData}
      refreshError={query.isError ? { onRetry: retry, retrying: query.isFetching } : undefined}
    >
      {children}
    </Loaded>
  );
}
