import { CANCELLATION_REASON_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { TextAreaField } from '../../../components/form/fields';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { type Announcer } from '../../../lib/use-announcer';
import { useCancelBooking } from '../hooks/use-schedule';

interface Props {
  booking: { id: string; organisation: { name: string } };
  /** "Montag, 23. November 2026" and "09:30" of its start, for the question. */
  date: string;
  time: string;
  announcer: Announcer;
}

/** "Absagen": a reason (3–1000 characters), then "wirklich absagen?", then the cancellation. */
export function CancelBookingControls({ booking, date, time, announcer }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const cancel = useCancelBooking();
  const [step, setStep] = useState<'closed' | 'reason' | 'confirm'>('closed');
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const organisation = booking.organisation.name;

  const goTo = (next: typeof step, focus?: () => void) => {
    flushSync(() => setStep(next));
    focus?.();
  };

  const onNext = (event: FormEvent) => {
    event.preventDefault();
    const length = [...reason.trim()].length;
    if (length < CANCELLATION_REASON_LENGTH.min || length > CANCELLATION_REASON_LENGTH.max) {
      flushSync(() =>
        setIssue(t('workbenchAdvisor.booking.reasonLength', { min: CANCELLATION_REASON_LENGTH.min, max: CANCELLATION_REASON_LENGTH.max })),
      );
      reasonRef.current?.focus();
      return;
    }
    setIssue(null);
    setStep('confirm');
  };

  // mutateAsync, not mutate with callbacks: once the list is fetched again the booking shows as
  // cancelled and these controls are gone, but the page's announcement must still be made.
  const onConfirm = () =>
    cancel.mutateAsync({ id: booking.id, reason: reason.trim() }).then(
      () => {
        setStep('closed');
        setReason('');
        announcer.announce(t('workbenchAdvisor.booking.cancelled', { organisation }), { focus: true });
      },
      (error: unknown) => {
        flushSync(() => setIssue(`${t('workbenchAdvisor.booking.cancelFailed')} ${errorMessage(error, t)}`));
        goTo('reason', () => reasonRef.current?.focus());
      },
    );

  if (step === 'closed') {
    return (
      <button
        ref={openRef}
        type="button"
        className="button button--secondary"
        onClick={() => {
          announcer.clear();
          goTo('reason', () => reasonRef.current?.focus());
        }}
      >
        {t('workbenchAdvisor.booking.cancel')}
        <span className="visually-hidden"> {t('workbenchAdvisor.booking.cancelWhich', { organisation, time })}</span>
      </button>
    );
  }
  if (step === 'confirm') {
    return (
      <ConfirmStep
        question={t('workbenchAdvisor.booking.cancelQuestion', { organisation, date, time })}
        details={t('workbenchAdvisor.booking.cancelDetails')}
        confirmLabel={t('workbenchAdvisor.booking.cancelConfirm')}
        pendingLabel={t('workbenchAdvisor.booking.cancelling')}
        pending={cancel.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => goTo('reason', () => reasonRef.current?.focus())}
      />
    );
  }
  return (
    <form
      className="account-form advisor-cancel"
      noValidate
      onSubmit={onNext}
      aria-label={`${t('workbenchAdvisor.booking.cancel')}: ${t('workbenchAdvisor.booking.cancelWhich', { organisation, time })}`}
    >
      <TextAreaField
        id={`${id}-reason`}
        textAreaRef={reasonRef}
        label={t('workbenchAdvisor.booking.reasonLabel')}
        hint={t('workbenchAdvisor.booking.reasonHint', { min: CANCELLATION_REASON_LENGTH.min, max: CANCELLATION_REASON_LENGTH.max })}
        rows={3}
        maxLength={CANCELLATION_REASON_LENGTH.max}
        value={reason}
        issues={issue ? [{ message: issue }] : []}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="account-form__actions">
        <button type="submit" className="button">
          {t('workbenchAdvisor.booking.next')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setIssue(null);
            goTo('closed', () => openRef.current?.focus());
          }}
        >
          {t('workbenchAdvisor.cancel')}
        </button>
      </div>
    </form>
  );
}
