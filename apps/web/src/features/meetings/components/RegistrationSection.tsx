import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SelectField, SubmitActions } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { LoadingState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useCancelMeetingRegistration, useRegisterForMeeting, useRegistrationOrganisations } from '../hooks/use-meetings';
import type { MeetingDetail } from './MeetingFacts';
import { WithdrawRegistration } from './WithdrawRegistration';

/** My registration (status, code for check-in, withdraw), or the form to register (seat or waitlist). */
export function RegistrationSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const location = useLocation();
  const me = useMe();
  const announcer = useAnnouncer();
  const signedIn = Boolean(me.data);
  const organisations = useRegistrationOrganisations({ enabled: signedIn && meeting.registrationOpen && !meeting.viewerRegistration });
  const register = useRegisterForMeeting();
  const cancel = useCancelMeetingRegistration();
  const [chosen, setChosen] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const mine = meeting.viewerRegistration;
  const options = organisations.data ?? [];
  const organisationId = chosen || (options.length === 1 ? options[0]!.id : '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) {
      setIssue(t('meetings.registration.organisationMissing'));
      return;
    }
    setIssue(null);
    register.mutate(
      { meetingId: meeting.id, organisationId },
      {
        onSuccess: (registration) =>
          announcer.announce(
            registration.status === 'WAITLISTED'
              ? t('meetings.registration.waitlisted', { position: registration.waitlistPosition })
              : t('meetings.registration.registered'),
          ),
        onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
      },
    );
  };

  const withdraw = (registrationId: string, close: () => void) =>
    cancel.mutate(registrationId, {
      onSuccess: () => {
        close();
        announcer.announce(t('meetings.registration.cancelled'), { focus: true });
      },
      onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
    });

  let body;
  if (mine) {
    body = (
      <>
        <p>
          {mine.status === 'WAITLISTED'
            ? t('meetings.registration.waitlisted', { position: mine.waitlistPosition })
            : t('meetings.registration.registered')}
        </p>
        <p>{t('meetings.registration.forOrganisation', { name: mine.organisation.name })}</p>
        <p>
          {t('meetings.registration.codeLabel')}: <span className="meeting-code">{mine.code}</span>
        </p>
        <WithdrawRegistration pending={cancel.isPending} onConfirm={(close) => withdraw(mine.id, close)} />
      </>
    );
  } else if (!meeting.registrationOpen || meeting.status === 'CANCELLED') {
    body = <p>{t('meetings.registration.closed')}</p>;
  } else if (me.data === null) {
    body = (
      <p className="muted">
        {t('meetings.registration.signInHint')} <Link to={signInPath(location.pathname)}>{t('meetings.registration.signIn')}</Link>
      </p>
    );
  } else if (organisations.isPending) {
    body = (
      <div aria-busy="true">
        <LoadingState label={t('meetings.registration.organisationsLoading')} />
      </div>
    );
  } else if (options.length === 0) {
    body = <p>{t('meetings.registration.noOrganisation')}</p>;
  } else {
    const full = meeting.seatsLeft === 0;
    body = (
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          id={`${id}-organisation`}
          label={t('meetings.registration.organisation')}
          required
          issues={issue ? [{ message: issue }] : []}
          value={organisationId}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">{t('meetings.registration.organisationChoose')}</option>
          {options.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SubmitActions
          pending={register.isPending}
          label={full ? t('meetings.registration.joinWaitlist') : t('meetings.registration.submit')}
          pendingLabel={t('meetings.registration.submitting')}
        />
      </form>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('meetings.registration.heading')}
      </h2>
      {body}
      <LiveAnnouncement announcer={announcer} />
    </section>
  );
}
