import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  question: string;
  /** A further paragraph, e.g. what else happens. */
  details?: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Wirklich …?" with a confirm and a cancel button; takes focus (on the confirm button) when it appears. */
export function ConfirmStep({ question, details, confirmLabel, pendingLabel, pending, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    confirmRef.current?.focus();
  }, []);

  return (
    <div className="member-confirm" role="group" aria-labelledby={`${id}-question`} aria-describedby={details ? `${id}-details` : undefined}>
      <p id={`${id}-question`}>{question}</p>
      {details ? <p id={`${id}-details`}>{details}</p> : null}
      <div className="coordination-actions">
        <button ref={confirmRef} type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" disabled={pending} onClick={onCancel}>
          {t('shared.cancel')}
        </button>
      </div>
    </div>
  );
}
