import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorCodes } from '../../../lib/error-codes';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useChangePassword } from '../hooks/use-change-password';
import { passwordServerIssues, validateNewPassword } from '../password';
import { invalidFields, type FieldIssue, type FieldIssues } from '../../../lib/form/validation';
import { ErrorSummary, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { PasswordRules } from './PasswordRules';

type Field = 'currentPassword' | 'newPassword';
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword'];

/** Current and new password; afterwards says how many other sessions the server ended. */
export function ChangePasswordSection() {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangePassword();
  const issueText = useIssueText();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssues<Field>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldId = (field: Field) => `${id}-${field}`;
  const labels: Record<Field, string> = {
    currentPassword: t('account.fields.currentPassword'),
    newPassword: t('account.fields.newPassword'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const found: FieldIssues<Field> = {};
    if (currentPassword === '') found.currentPassword = [{ code: 'currentPasswordRequired' }];
    const newIssues = validateNewPassword(newPassword);
    if (newIssues.length > 0) found.newPassword = newIssues;
    const invalid = invalidFields(found, FIELDS);
    flushSync(() => {
      setIssues(found);
      setFailure(null);
      setEnded(null);
    });
    if (invalid.length > 0) {
      document.getElementById(fieldId(invalid[0]!))?.focus();
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: (data) => {
          flushSync(() => {
            setEnded(data.changePassword);
            setCurrentPassword('');
            setNewPassword('');
          });
          statusRef.current?.focus();
        },
        onError: (error) => {
          let mapped: FieldIssues<Field> | null = null;
          if (hasErrorCode(error, ErrorCodes.WRONG_PASSWORD)) {
            mapped = { currentPassword: [{ message: error.message } satisfies FieldIssue] };
          } else {
            const passwordIssues = passwordServerIssues(error);
            if (passwordIssues) mapped = { newPassword: passwordIssues };
          }
          if (mapped) {
            flushSync(() => setIssues(mapped));
            summaryRef.current?.focus();
          } else {
            flushSync(() => setFailure(error));
            alertRef.current?.focus();
          }
        },
      },
    );
  };

  const summaryItems = invalidFields(issues, FIELDS).flatMap((field) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: labels[field], text: issueText(issue) })),
  );

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('account.myAccount.passwordHeading')}</h2>
      <p>{t('account.myAccount.passwordIntro')}</p>
      <p ref={statusRef} className="form-notice" role="status" tabIndex={-1} hidden={ended === null}>
        {ended === null ? null : t('account.myAccount.passwordChanged', { count: ended })}
      </p>
      {failure !== null ? <FormAlert alertRef={alertRef} title={t('account.myAccount.passwordFailed')} message={errorMessage(failure, t)} /> : null}
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id={`${id}-summary`} summaryRef={summaryRef} items={summaryItems} />
        <TextField
          id={fieldId('currentPassword')}
          label={labels.currentPassword}
          name="current-password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          issues={issues.currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <TextField
          id={fieldId('newPassword')}
          label={labels.newPassword}
          name="new-password"
          type="password"
          autoComplete="new-password"
          hint={<PasswordRules />}
          value={newPassword}
          issues={issues.newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <SubmitActions
          pending={change.isPending}
          label={t('account.myAccount.changePassword')}
          pendingLabel={t('account.myAccount.changingPassword')}
        />
      </form>
    </section>
  );
}
