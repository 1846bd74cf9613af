import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import type { DashboardData } from '../datasets';
import { isStale, periodDescription } from '../period-label';

export interface RefreshError {
  onRetry: () => void;
  retrying: boolean;
}

interface Props {
  data: DashboardData;
  /** When the page fetched `data` (React Query's `dataUpdatedAt`; 0 for placeholder data). */
  fetchedAt: number;
  /** Figures of another period or region are on their way. */
  refreshing?: boolean;
  /** The last refetch failed: `data` is what the page had before. */
  refreshError?: RefreshError;
}

/**
 * What the figures describe: period, region, "Stand: …" and the privacy note, plus notices when
 * the figures are being calculated, are stale or could not be refreshed. Only the notices are in
 * a live region: "Stand" changes with every refresh and would be announced every 30 seconds.
 * Shared by the page and its print view.
 */
export function DashboardStatus({ data, fetchedAt, refreshing = false, refreshError }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  // The time of the figures on screen: their "Stand", or when they were fetched while being calculated.
  const shownAt = data.asOf ?? new Date(fetchedAt).toISOString();
  return (
    <div className="dashboard-status">
      <dl className="dashboard-status__facts">
        <div>
          <dt>{t('dashboard.status.period')}</dt>
          <dd>{periodDescription(data.period, format.language, t)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.status.region')}</dt>
          <dd>{data.region ? t(`enums.region.${data.region}`) : t('dashboard.filters.regionAll')}</dd>
        </div>
      </dl>
      <p className="dashboard-status__as-of">
        {data.asOf ? t('dashboard.status.asOf', { time: format.dateTime(data.asOf) }) : null}
        {refreshing ? <span className="muted"> {t('dashboard.status.refreshing')}</span> : null}
      </p>
      <div className="dashboard-status__notices" role="status">
        {data.asOf === null ? <p className="notice">{t('dashboard.status.asOfMissing')}</p> : null}
        {isStale(data.asOf, fetchedAt) ? <p className="notice notice--warning">{t('dashboard.status.stale')}</p> : null}
        {refreshError ? (
          <p className="notice notice--warning dashboard-status__refresh-failed">
            {t('dashboard.status.refreshFailed', { time: format.dateTime(shownAt) })}{' '}
            <button type="button" className="button button--secondary" onClick={refreshError.onRetry} disabled={refreshError.retrying}>
              {t('common.retry')}
            </button>
          </p>
        ) : null}
      </div>
      <p className="dashboard-status__privacy muted">{t('dashboard.status.privacy')}</p>
    </div>
  );
}
