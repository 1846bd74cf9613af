import { CANCELLATION_REASON_LENGTH } from '@wiw/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { TextAreaField } from '../../../components/form/fields';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { bookingProblem } from '../booking-errors';
import { useCancelBooking } from '../hooks/use-booking-mutations';
import { textLength, withinLimits } from '../limits';
import { formatWhen } from '../time-format';

interface Props {
  booking: BookingFieldsFragment;
  onCancelled: () => void;
  /** The booking cannot be changed any more (deadline passed meanwhile): the page says why. */
  onLocked: (message: string) => void;
  onClose: () => void;
}

/** "Termin absagen": a reason (3–1000 characters), then "wirklich absagen?", then the cancellation. */
export function CancelPanel({ booking, onCancelled, onLocked, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const cancel = useCancelBooking();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const valid = withinLimits(reason, CANCELLATION_REASON_LENGTH.min, CANCELLATION_REASON_LENGTH.max);
    flushSync(() => {
      setIssue(valid ? null : t('workbench.cancel.reasonLength', { min: CANCELLATION_REASON_LENGTH.min, max: CANCELLATION_REASON_LENGTH.max }));
      setFailure(null);
      setConfirming(valid);
    });
    if (!valid) reasonRef.current?.focus();
  };

  const run = () => {
    // The promise, not mutate's callbacks: the cancelled booking closes this panel before they would run.
    cancel.mutateAsync({ id: booking.id, reason: reason.trim() }).then(onCancelled, (error: unknown) => {
      const message = errorMessage(error, t);
      const problem = bookingProblem(error);
      if (problem === 'locked') return onLocked(message);
      flushSync(() => {
        setConfirming(false);
        if (problem === 'text') setIssue(message);
        else setFailure(`${t('workbench.cancel.failed')} ${message}`);
      });
      (problem === 'text' ? reasonRef : alertRef).current?.focus();
    });
  };

  return (
    <form className="account-form change-panel" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 ref={headingRef} id={`${id}-heading`} tabIndex={-1} className="section__heading">
        {t('workbench.cancel.heading')}
      </h3>
      <TextAreaField
        id={`${id}-reason`}
        textAreaRef={reasonRef}
        label={t('workbench.cancel.reason')}
        hint={`${t('workbench.cancel.reasonHint', { min: CANCELLATION_REASON_LENGTH.min, max: CANCELLATION_REASON_LENGTH.max })} ${t('workbench.form.characters', { count: textLength(reason), max: CANCELLATION_REASON_LENGTH.max })}`}
        rows={4}
        maxLength={CANCELLATION_REASON_LENGTH.max + 100}
        value={reason}
        readOnly={confirming}
        issues={issue ? [{ message: issue }] : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      <p ref={alertRef} role="alert" tabIndex={-1} className={failure ? 'form-alert form-alert--inline' : 'visually-hidden'}>
        {failure}
      </p>
      {confirming ? (
        <ConfirmStep
          question={t('workbench.cancel.question', { when: formatWhen(booking.startsAt, booking.endsAt, language) })}
          details={t('workbench.cancel.details')}
          confirmLabel={t('workbench.cancel.confirm')}
          pendingLabel={t('workbench.cancel.pending')}
          pending={cancel.isPending}
          onConfirm={run}
          onCancel={() => {
            flushSync(() => setConfirming(false));
            reasonRef.current?.focus();
          }}
        />
      ) : (
        <div className="coordination-actions">
          <button type="submit" className="button button--danger">
            {t('workbench.cancel.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('workbench.cancel.close')}
          </button>
        </div>
      )}
    </form>
  );
}
