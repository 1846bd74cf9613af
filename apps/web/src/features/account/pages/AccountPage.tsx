import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AccountDeletedNotice, MyDataSection } from '../components/MyDataSection';
import { ChangePasswordSection } from '../components/ChangePasswordSection';
import { ProfileSection } from '../components/ProfileSection';
import { useMe } from '../../../lib/session/use-me';
import { SESSIONS_PATH, signInPath } from '../../../lib/site-paths';

/** "Mein Konto": profile, password, download of one's data and deletion of the account. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.myAccount.title'));
  const location = useLocation();
  const me = useMe();
  const [deleted, setDeleted] = useState(false);

  let content;
  if (deleted) {
    content = <AccountDeletedNotice />;
  } else if (me.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('account.myAccount.loading')} />
      </div>
    );
  } else if (me.isError) {
    content = <ErrorState title={t('account.myAccount.error')} error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  } else if (!me.data) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  } else {
    content = (
      <>
        <p className="lead">
          {t('account.myAccount.intro')} <Link to={SESSIONS_PATH}>{t('account.myAccount.toSessions')}</Link>
        </p>
        <ProfileSection me={me.data} />
        <ChangePasswordSection />
        <MyDataSection onDeleted={() => setDeleted(true)} />
      </>
    );
  }

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.myAccount.title')}</PageHeading>
      {content}
    </div>
  );
}
