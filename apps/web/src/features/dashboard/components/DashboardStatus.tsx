import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useNow } from '../../workbench/hooks/use-now';
import type { DashboardData } from '../datasets';
import { isStale, periodDescription } from '../period-label';

/**
 * What the figures describe: period, region, "Stand: …" (or that they are being calculated, or are
 * stale) and the privacy note. Shared by the page and its print view.
 */
export function DashboardStatus({ data, refreshing = false }: { data: DashboardData; refreshing?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(15_000);
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
      <p className="dashboard-status__as-of" role="status">
        {data.asOf ? t('dashboard.status.asOf', { time: format.dateTime(data.asOf) }) : null}
        {refreshing ? <span className="muted"> {t('dashboard.status.refreshing')}</span> : null}
      </p>
      {data.asOf === null ? <p className="notice">{t('dashboard.status.asOfMissing')}</p> : null}
      {isStale(data.asOf, now) ? <p className="notice notice--warning">{t('dashboard.status.stale')}</p> : null}
      <p className="dashboard-status__privacy muted">{t('dashboard.status.privacy')}</p>
    </div>
  );
}
