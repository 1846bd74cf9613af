import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { CoordinationNav } from '../components/CoordinationNav';
import { COORDINATION_PATHS, COORDINATION_SECTIONS } from '../paths';
import { isCoordinator } from '../../../lib/session/access';
import '../coordination.css';

/**
 * `/geschaeftsstelle/*`: the one access check of the joint-office area (loading, error, signed
 * out, other roles), then its heading, sub-navigation and the current page.
 */
export function CoordinationLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const section = COORDINATION_SECTIONS.find((candidate) => COORDINATION_PATHS[candidate] === location.pathname.replace(/\/+$/, ''));
  useDocumentTitle(section ? `${t(`coordination.nav.${section}`)} – ${t('coordination.title')}` : t('coordination.title'));
  const me = useMe();

  let content;
  if (me.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('coordination.loading')} />
      </div>
    );
  } else if (me.isError) {
    content = <ErrorState title={t('coordination.error')} error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  } else if (!me.data || !isCoordinator(me.data.roles)) {
    content = (
      <EmptyState title={t('coordination.noAccessTitle')}>
        <p>{me.data ? t('coordination.noAccessRole') : t('coordination.noAccessSignedOut')}</p>
        {me.data ? null : (
          <p>
            <Link to={signInPath(`${location.pathname}${location.search}`)} className="button">
              {t('account.menu.signIn')}
            </Link>
          </p>
        )}
      </EmptyState>
    );
  } else {
    content = (
      <>
        <p className="lead">{t('coordination.intro')}</p>
        <CoordinationNav />
        <Suspense
          fallback={
            <div aria-busy="true">
              <LoadingState label={t('coordination.loading')} />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </>
    );
  }

  return (
    <div className="page account-page coordination">
      <PageHeading>{t('coordination.title')}</PageHeading>
      {content}
    </div>
  );
}
