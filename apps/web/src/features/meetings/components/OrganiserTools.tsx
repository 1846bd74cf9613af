import { CANCELLATION_REASON_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SubmitActions, TextAreaField } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { errorMessage } from '../../../lib/error-message';
import type { FieldIssue } from '../../../lib/form/validation';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useCancelMeeting } from '../hooks/use-meeting-editor';
import { editMeetingPath } from '../paths';

/**
 * The organiser's tools on the meeting page: edit, and cancel with a reason (a second step that
 * asks for the reason, then cancels for good). For those who may edit; once cancelled only the
 * announcement stays (it says that the cancellation went through).
 */
export function OrganiserTools({ meetingId, cancelled }: { meetingId: string; cancelled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const cancel = useCancelMeeting();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const start = () => {
    flushSync(() => setOpen(true));
    reasonRef.current?.focus();
  };
  const stop = () => {
    flushSync(() => {
      setOpen(false);
      setIssues([]);
    });
    openRef.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cancel.isPending) return;
    const text = reason.trim();
    if (text.length < CANCELLATION_REASON_LENGTH.min || text.length > CANCELLATION_REASON_LENGTH.max) {
      flushSync(() => setIssues([{ message: t('meetingsOrganiser.cancel.reasonLength', CANCELLATION_REASON_LENGTH) }]));
      reasonRef.current?.focus();
      return;
    }
    setIssues([]);
    cancel.mutate(
      { id: meetingId, reason: text },
      {
        onSuccess: () => announcer.announce(t('meetingsOrganiser.cancel.done'), { focus: true }),
        onError: (error) => announcer.announce(`${t('meetingsOrganiser.cancel.failed')} ${errorMessage(error, t)}`, { error: true, focus: true }),
      },
    );
  };

  if (cancelled) return <LiveAnnouncement announcer={announcer} />;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('meetingsOrganiser.toolsHeading')}
      </h2>
      <p>
        <Link to={editMeetingPath(meetingId)} className="button button--secondary">
          {t('meetingsOrganiser.editLink')}
        </Link>
      </p>
      <h3>{t('meetingsOrganiser.cancel.heading')}</h3>
      <p>{t('meetingsOrganiser.cancel.intro')}</p>
      {open ? (
        <form className="account-form" noValidate onSubmit={submit}>
          <TextAreaField
            id={`${id}-reason`}
            textAreaRef={reasonRef}
            label={t('meetingsOrganiser.cancel.reason')}
            hint={t('meetingsOrganiser.cancel.reasonHint', CANCELLATION_REASON_LENGTH)}
            rows={3}
            maxLength={CANCELLATION_REASON_LENGTH.max}
            value={reason}
            issues={issues}
            onChange={(event) => setReason(event.target.value)}
          />
          <SubmitActions
            danger
            pending={cancel.isPending}
            label={t('meetingsOrganiser.cancel.submit')}
            pendingLabel={t('meetingsOrganiser.cancel.sending')}
          >
            <button type="button" className="button button--secondary" disabled={cancel.isPending} onClick={stop}>
              {t('meetingsOrganiser.cancel.keep')}
            </button>
          </SubmitActions>
        </form>
      ) : (
        <button ref={openRef} type="button" className="button button--danger" onClick={start}>
          {t('meetingsOrganiser.cancel.open')}
        </button>
      )}
      <LiveAnnouncement announcer={announcer} />
    </section>
  );
}
