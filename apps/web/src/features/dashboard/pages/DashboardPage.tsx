import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { DashboardContent } from '../components/DashboardContent';
import { DashboardFilterForm } from '../components/DashboardFilterForm';
import { useDashboardFromUrl } from '../hooks/use-dashboard-from-url';
import { DASHBOARD_PRINT_PATH } from '../paths';

/** `/dashboard`: the panels with charts, tables and CSV downloads; period and region in the URL. */
export function DashboardPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { filters, update, query } = useDashboardFromUrl();
  useDocumentTitle(t('dashboard.title'));

  return (
    <div className="page dashboard">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <p className="lead">{t('dashboard.intro')}</p>
      <DashboardFilterForm filters={filters} onChange={update} shown={query.data?.dashboard.period} />
      <p className="dashboard-actions">
        <Link to={`${DASHBOARD_PRINT_PATH}${location.search}`} className="button button--secondary">
          {t('dashboard.print.link')}
        </Link>
      </p>
      <DashboardContent query={query} />
    </div>
  );
}
