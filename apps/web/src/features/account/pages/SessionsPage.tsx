import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { SessionItem, useDeviceLabel, type Session } from '../components/SessionItem';
import { useMySessions } from '../hooks/use-my-sessions';
import { useRevokeSession } from '../hooks/use-revoke-session';
import { signInPath } from '../../../lib/site-paths';
import { ErrorCodes } from '../../../lib/error-codes';

export function SessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.sessions.title'));
  const location = useLocation();
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const deviceLabel = useDeviceLabel();
  const [announcement, setAnnouncement] = useState<{ text: string; error: boolean } | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);

  if (hasErrorCode(sessions.error, ErrorCodes.UNAUTHENTICATED)) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }

  const onRevoke = (session: Session) => {
    const device = deviceLabel(session.userAgent);
    revoke.mutate(session.id, {
      onSuccess: () => {
        flushSync(() => setAnnouncement({ text: t('account.sessions.revoked', { device }), error: false }));
        announcementRef.current?.focus();
      },
      onError: (error) => {
        flushSync(() => setAnnouncement({ text: `${t('account.sessions.revokeFailed')} ${errorMessage(error, t)}`, error: true }));
        announcementRef.current?.focus();
      },
    });
  };

  let content;
  if (sessions.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('account.sessions.loading')} />
      </div>
    );
  } else if (sessions.isError) {
    content = (
      <ErrorState title={t('account.sessions.error')} error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />
    );
  } else if (sessions.data.length === 0) {
    content = <EmptyState title={t('account.sessions.empty')} />;
  } else {
    content = (
      <ul className="sessions" aria-label={t('account.sessions.listLabel')}>
        {sessions.data.map((session) => (
          <SessionItem key={session.id} session={session} revoking={revoke.isPending && revoke.variables === session.id} onRevoke={onRevoke} />
        ))}
      </ul>
    );
  }

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.sessions.title')}</PageHeading>
      <p className="lead">{t('account.sessions.intro')}</p>
      <p
        ref={announcementRef}
        className={announcement?.error ? 'form-alert form-alert--inline' : 'form-notice'}
        role={announcement?.error ? 'alert' : 'status'}
        tabIndex={-1}
        hidden={announcement === null}
      >
        {announcement?.text}
      </p>
      {content}
    </div>
  );
}
