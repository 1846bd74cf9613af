import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../../components/ConfirmStep';

interface Props {
  pending: boolean;
  /** Withdraws; calls `close` when the confirm step should give way to the button again. */
  onConfirm: (close: () => void) => void;
  /** Said to screen readers after the button's text (which meeting), where several are listed. */
  subject?: string;
}

/** "Anmeldung zurückziehen", then "Wirklich?" with confirm and cancel: one registration withdrawn after confirming. */
export function WithdrawRegistration({ pending, onConfirm, subject }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const close = () => setConfirming(false);
  return confirming ? (
    <ConfirmStep
      question={t('meetings.registration.cancelConfirm')}
      confirmLabel={t('meetings.registration.cancelYes')}
      pendingLabel={t('meetings.registration.cancelling')}
      pending={pending}
      onConfirm={() => onConfirm(close)}
      onCancel={close}
    />
  ) : (
    <p>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        {t('meetings.registration.cancel')}
        {subject ? <span className="visually-hidden"> {subject}</span> : null}
      </button>
    </p>
  );
}
