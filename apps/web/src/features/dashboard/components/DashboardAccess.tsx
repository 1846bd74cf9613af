import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { canSeeDashboard } from '../../../lib/session/access';

/** The "no access" page: signed out (with a sign-in link that returns here) or without the role. */
export function DashboardNoAccess({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(t('dashboard.access.title'));
  return (
    <div className="page dashboard">
      <PageHeading>{t('dashboard.access.title')}</PageHeading>
      <EmptyState title={signedIn ? t('dashboard.access.role') : t('dashboard.access.signedOut')}>
        <p>
          {signedIn ? (
            <Link to="/" className="button button--secondary">
              {t('dashboard.access.backHome')}
            </Link>
          ) : (
            <Link to={signInPath(`${location.pathname}${location.search}`)} className="button">
              {t('dashboard.access.signIn')}
            </Link>
          )}
        </p>
      </EmptyState>
    </div>
  );
}

/** Shows `children` to OFFICIAL, COORDINATOR and ADMIN only (the API refuses everyone else anyway). */
export function DashboardAccess({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <div className="page" aria-busy="true">
        <LoadingState label={t('dashboard.access.checking')} />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="page">
        <PageHeading>{t('dashboard.title')}</PageHeading>
        <ErrorState title={t('dashboard.access.error')} error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
      </div>
    );
  }
  if (!me.data || !canSeeDashboard(me.data.roles)) return <DashboardNoAccess signedIn={Boolean(me.data)} />;
  return <>{children}</>;
}
