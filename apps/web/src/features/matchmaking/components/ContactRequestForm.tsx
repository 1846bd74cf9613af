import { CONTACT_MESSAGE_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { SubmitActions, TextAreaField } from '../../../components/form/fields';
import { useRequestContact } from '../hooks/use-contact-requests';
import { ErrorCodes } from '../../../lib/error-codes';

interface Props {
  needId: string;
  offerId: string;
  /** Fields before the message, e.g. the choice of one's own entry. */
  children?: ReactNode;
  onSent: () => void;
  onCancel?: () => void;
}

/** "Kontakt anfragen": a message of 10 to 2000 characters to the other side of a need–offer pair. */
export function ContactRequestForm({ needId, offerId, children, onSent, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const requestContact = useRequestContact();
  const [message, setMessage] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const length = [...message.trim()].length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (requestContact.isPending) return;
    if (length < CONTACT_MESSAGE_LENGTH.min || length > CONTACT_MESSAGE_LENGTH.max) {
      flushSync(() => {
        setIssue(t('matchmaking.contact.messageLength', { min: CONTACT_MESSAGE_LENGTH.min, max: CONTACT_MESSAGE_LENGTH.max }));
        setFailure(null);
      });
      fieldRef.current?.focus();
      return;
    }
    setIssue(null);
    setFailure(null);
    requestContact.mutate(
      { needId, offerId, message: message.trim() },
      {
        onSuccess: onSent,
        onError: (error) => {
          if (hasErrorCode(error, ErrorCodes.BAD_USER_INPUT)) {
            flushSync(() => setIssue(errorMessage(error, t)));
            fieldRef.current?.focus();
            return;
          }
          flushSync(() => setFailure(`${t('matchmaking.contact.failed')} ${errorMessage(error, t)}`));
          alertRef.current?.focus();
        },
      },
    );
  };

  return (
    <form className="account-form contact-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="contact-form__title">
        {t('matchmaking.contact.formTitle')}
      </p>
      {children}
      <TextAreaField
        id={`${id}-message`}
        textAreaRef={fieldRef}
        label={t('matchmaking.contact.message')}
        hint={`${t('matchmaking.contact.messageHint', { min: CONTACT_MESSAGE_LENGTH.min, max: CONTACT_MESSAGE_LENGTH.max })} ${t('matchmaking.contact.characters', { count: length })}`}
        rows={5}
        maxLength={CONTACT_MESSAGE_LENGTH.max + 100}
        value={message}
        issues={issue ? [{ message: issue }] : undefined}
        onChange={(event) => setMessage(event.target.value)}
      />
      <p ref={alertRef} role="alert" tabIndex={-1} className={failure ? 'form-alert form-alert--inline' : 'visually-hidden'}>
        {failure}
      </p>
      <SubmitActions pending={requestContact.isPending} label={t('matchmaking.contact.send')} pendingLabel={t('matchmaking.contact.sending')}>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('matchmaking.contact.cancel')}
          </button>
        ) : null}
      </SubmitActions>
    </form>
  );
}
