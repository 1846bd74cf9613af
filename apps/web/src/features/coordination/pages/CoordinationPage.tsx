import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../../account/hooks/use-me';
import { signInPath } from '../../account/paths';
import { AuditLog } from '../components/AuditLog';
import { UnverifiedOrganisations } from '../components/UnverifiedOrganisations';
import { isCoordinator } from '../roles';
import '../../account/account.css';
import '../../my-organisations/my-organisations.css';
import '../coordination.css';

/** `/geschaeftsstelle`: the joint office's queue of organisations to verify and the audit log. */
export function CoordinationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coordination.title'));
  const location = useLocation();
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
        <UnverifiedOrganisations />
        <AuditLog />
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
