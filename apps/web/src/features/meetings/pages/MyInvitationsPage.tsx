import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { MEETINGS_PATH, MY_BOOKINGS_PATH } from '../../../lib/site-paths';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { InvitationCard } from '../components/InvitationCard';
import { useMyInvitations } from '../hooks/use-invitations';
import '../../../styles/cards.css';
import '../meetings.css';

/** `/veranstaltungen/einladungen` ("Meine Einladungen"): invitations to my offices and organisations, answered here. */
export function MyInvitationsPage() {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const invitations = useMyInvitations();
  useDocumentTitle(t('meetingInvitations.title'));

  let body;
  if (invitations.isPending) {
    body = (
      <div aria-busy="true">
        <LoadingState label={t('meetingInvitations.loading')} />
      </div>
    );
  } else if (invitations.isError) {
    body = (
      <ErrorState
        title={t('meetingInvitations.error')}
        error={invitations.error}
        onRetry={() => void invitations.refetch()}
        retrying={invitations.isFetching}
      />
    );
  } else if (invitations.data.length === 0) {
    body = (
      <EmptyState title={t('meetingInvitations.empty')}>
        <Link to={MEETINGS_PATH} className="button button--secondary">
          {t('meetingInvitations.toCalendar')}
        </Link>
      </EmptyState>
    );
  } else {
    body = (
      <ul className="entry-list">
        {invitations.data.map((invitation) => (
          <li key={invitation.id}>
            <InvitationCard invitation={invitation} announcer={announcer} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="page meetings">
      <PageHeading>{t('meetingInvitations.title')}</PageHeading>
      <p className="lead">
        {t('meetingInvitations.intro')} {t('meetings.timeZoneNote')}
      </p>
      <p>
        <Link to={MY_BOOKINGS_PATH}>{t('meetingInvitations.toMyAppointments')}</Link>
      </p>
      <section className="results" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} className="visually-hidden">
          {t('meetingInvitations.title')}
        </h2>
        {body}
      </section>
      <LiveAnnouncement announcer={announcer} />
    </div>
  );
}
