import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../../../lib/session/use-me';
import { WORKBENCH_PATH } from '../../../lib/site-paths';
import { AdvisorNav } from '../components/AdvisorNav';
import { sectionOf } from '../paths';
import '../workbench-advisor.css';

/**
 * `/werkbank/beratung/*` inside `RequireSignIn` (signed-out visitors are sent to sign in): the
 * role check of the advisors' area, then its heading, sub-navigation and the current page.
 */
export function AdvisorLayout() {
  const { t } = useTranslation();
  const section = sectionOf(useLocation().pathname);
  useDocumentTitle(section ? `${t(`workbenchAdvisor.nav.${section}`)} – ${t('workbenchAdvisor.title')}` : t('workbenchAdvisor.title'));
  // RequireSignIn has loaded the person already.
  const me = useMe();
  const advisor = me.data?.roles.includes('ADVISOR') ?? false;

  return (
    <div className="page account-page coordination advisor-area">
      <PageHeading>{t('workbenchAdvisor.title')}</PageHeading>
      {advisor ? (
        <>
          <p className="lead">{t('workbenchAdvisor.intro')}</p>
          <AdvisorNav />
          <Suspense
            fallback={
              <div aria-busy="true">
                <LoadingState label={t('workbenchAdvisor.loading')} />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </>
      ) : (
        <EmptyState title={t('workbenchAdvisor.noAccessTitle')}>
          <p>{t('workbenchAdvisor.noAccessText')}</p>
          <p>
            <Link to={WORKBENCH_PATH}>{t('workbenchAdvisor.toWorkbench')}</Link>
          </p>
        </EmptyState>
      )}
    </div>
  );
}
