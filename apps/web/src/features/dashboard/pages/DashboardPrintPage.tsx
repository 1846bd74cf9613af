import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { DashboardContent } from '../components/DashboardContent';
import { useDashboardFromUrl } from '../hooks/use-dashboard-from-url';
import { DASHBOARD_PATH } from '../../../lib/site-paths';

/**
 * `/dashboard/druck`: every panel as tables on a plain layout for council meetings, with the same
 * period and region as the dashboard; the print stylesheet hides navigation and buttons.
 */
export function DashboardPrintPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { query } = useDashboardFromUrl();
  useDocumentTitle(t('dashboard.print.title'));

  return (
    <div className="page dashboard dashboard--print">
      <PageHeading>{t('dashboard.print.title')}</PageHeading>
      <DashboardContent query={query} print>
        <p className="dashboard-actions dashboard-print-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('dashboard.print.print')}
          </button>
          <Link to={`${DASHBOARD_PATH}${location.search}`} className="button button--ghost">
            {t('dashboard.print.back')}
          </Link>
        </p>
      </DashboardContent>
    </div>
  );
}
