import { NEWS_REASON_LENGTH } from '@wiw/domain';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { ErrorSummary, SubmitActions, TextAreaField } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { useFormErrors } from '../../../components/form/use-form-errors';
import { errorMessage } from '../../../lib/error-message';
import { newsServerIssues, reasonIssues, type NewsIssueCode } from '../action-forms';
import '../../../styles/forms.css';

interface Props {
  /** The API's argument name, so that its BAD_USER_INPUT lands on the field. */
  field: 'reason' | 'comment';
  heading: string;
  label: string;
  hint?: string;
  submitLabel: string;
  pendingLabel: string;
  failedTitle: string;
  pending: boolean;
  /** Ask once more before sending (withdrawal cannot be undone). */
  confirm?: { question: string; details: string; confirmLabel: string };
  /** Sends the text; `fail` shows the API's error on the form. */
  onSend: (text: string, fail: (error: unknown) => void) => void;
  children?: ReactNode;
}

/** One reason or comment (the API's length limits), an optional confirmation, errors in German and English. */
export function ReasonForm({ field, heading, label, hint, submitLabel, pendingLabel, failedTitle, pending, confirm, onSend, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors<typeof field, NewsIssueCode>({
    fields: [field],
    fieldId: () => `${id}-${field}`,
    label: () => label,
    text: (issue) => t(`news.issues.${issue.code}`, issue.values),
  });
  const send = () => onSend(text.trim(), (error) => errors.onServerError(error, newsServerIssues(error, [field])));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending || !errors.check({ [field]: reasonIssues(text) })) return;
    if (confirm) setConfirming(true);
    else send();
  };

  return (
    <form className="account-form" noValidate aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {errors.failure !== null ? <FormAlert alertRef={errors.alertRef} title={failedTitle} message={errorMessage(errors.failure, t)} /> : null}
      <ErrorSummary id={`${id}-summary`} items={errors.summaryItems()} messages={errors.messages} summaryRef={errors.summaryRef} />
      <TextAreaField
        id={`${id}-${field}`}
        label={label}
        hint={hint}
        rows={3}
        maxLength={NEWS_REASON_LENGTH.max}
        value={text}
        issues={errors.of(field)}
        readOnly={confirming}
        onChange={(event) => setText(event.target.value)}
      />
      {confirming && confirm ? (
        <ConfirmStep
          question={confirm.question}
          details={confirm.details}
          confirmLabel={confirm.confirmLabel}
          pendingLabel={pendingLabel}
          pending={pending}
          onConfirm={() => {
            setConfirming(false);
            send();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <SubmitActions pending={pending} label={submitLabel} pendingLabel={pendingLabel}>
          {children}
        </SubmitActions>
      )}
    </form>
  );
}
