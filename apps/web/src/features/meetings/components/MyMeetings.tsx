import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge';
import { FormAlert } from '../../../components/form/FormAlert';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { MyMeetingRegistrationsQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { MEETINGS_PATH, MY_MEETING_INVITATIONS_PATH } from '../../../lib/site-paths';
import { useLanguage } from '../../../lib/use-language';
import { useMyMeetingRegistrations } from '../hooks/use-invitations';
import { useCancelMeetingRegistration } from '../hooks/use-meetings';
import { meetingPath } from '../paths';
import { meetingWhen } from '../time-format';
import { WithdrawRegistration } from './WithdrawRegistration';

type Registration = MyMeetingRegistrationsQuery['myMeetingRegistrations'][number];

/** One registration: the meeting, seat or waitlist place, the code for check-in, withdrawing with a confirm step. */
function MyMeeting({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cancel = useCancelMeetingRegistration();
  const [failure, setFailure] = useState<string | null>(null);
  const { meeting } = registration;
  const titleId = `meeting-registration-${registration.id}-title`;
  return (
    <article className="entry-card" aria-labelledby={titleId}>
      <div className="entry-card__head">
        <h3 id={titleId} className="entry-card__title">
          <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>
        </h3>
        {meeting.status === 'CANCELLED' ? <Badge tone="danger">{t('meetings.cancelled')}</Badge> : null}
      </div>
      <p className="entry-card__meta">{meetingWhen(meeting.startsAt, meeting.endsAt, language)}</p>
      <p>
        {registration.status === 'WAITLISTED'
          ? t('meetings.registration.waitlisted', { position: registration.waitlistPosition })
          : t('meetings.registration.registered')}{' '}
        {t('meetings.registration.forOrganisation', { name: registration.organisation.name })}
      </p>
      <p>
        {t('meetings.registration.codeLabel')}: <span className="meeting-code">{registration.code}</span>
      </p>
      {failure ? <FormAlert title={t('meetings.registration.failed')} message={failure} /> : null}
      <WithdrawRegistration
        pending={cancel.isPending}
        subject={meeting.title}
        onConfirm={(close) => cancel.mutate(registration.id, { onSettled: close, onError: (error) => setFailure(errorMessage(error, t)) })}
      />
    </article>
  );
}

/** "Meine Termine": my upcoming meetings (seat or waitlist), and the way to my invitations; nothing under the past tab. */
export function MyMeetings({ past }: { past: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const registrations = useMyMeetingRegistrations();
  if (past) return null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('meetingInvitations.mine.heading')}</h2>
      <p>
        <Link to={MY_MEETING_INVITATIONS_PATH}>{t('meetingInvitations.title')}</Link>
      </p>
      {registrations.isPending ? (
        <div aria-busy="true">
          <LoadingState label={t('meetingInvitations.mine.loading')} />
        </div>
      ) : registrations.isError ? (
        <ErrorState
          title={t('meetingInvitations.mine.error')}
          error={registrations.error}
          onRetry={() => void registrations.refetch()}
          retrying={registrations.isFetching}
        />
      ) : registrations.data.length === 0 ? (
        <EmptyState title={t('meetingInvitations.mine.empty')}>
          <Link to={MEETINGS_PATH}>{t('meetingInvitations.toCalendar')}</Link>
        </EmptyState>
      ) : (
        <ul className="entry-list">
          {registrations.data.map((registration) => (
            <li key={registration.id}>
              <MyMeeting registration={registration} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
