import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useDeleteMyAccount } from '../hooks/use-delete-my-account';
import { type FieldIssue } from '../../../lib/form/validation';
import { ErrorSummary, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { ErrorCodes } from '../../../lib/error-codes';

/** Download of one's data, sent by the server with the session cookie. */
export const ACCOUNT_EXPORT_URL = '/account/export.json';

/** "Meine Daten": download link and account deletion behind a warning and the password. */
export function MyDataSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const remove = useDeleteMyAccount();
  const issueText = useIssueText();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const passwordId = `${id}-password`;

  const start = () => {
    flushSync(() => setConfirming(true));
    document.getElementById(passwordId)?.focus();
  };
  const cancel = () => {
    flushSync(() => {
      setConfirming(false);
      setPassword('');
      setIssues([]);
      setFailure(null);
    });
    startRef.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    const found: FieldIssue[] = password === '' ? [{ code: 'passwordRequired' }] : [];
    flushSync(() => {
      setIssues(found);
      setFailure(null);
    });
    if (found.length > 0) {
      document.getElementById(passwordId)?.focus();
      return;
    }
    remove.mutate(password, {
      onSuccess: onDeleted,
      onError: (error) => {
        if (hasErrorCode(error, ErrorCodes.WRONG_PASSWORD)) {
          flushSync(() => setIssues([{ message: error.message }]));
          summaryRef.current?.focus();
          return;
        }
        flushSync(() => setFailure(error));
        alertRef.current?.focus();
      },
    });
  };

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('account.myAccount.dataHeading')}</h2>
      <p>{t('account.myAccount.dataIntro')}</p>
      <p>
        <a href={ACCOUNT_EXPORT_URL} download className="button button--secondary">
          {t('account.myAccount.download')}
        </a>
      </p>

      <h3 id={`${id}-delete`}>{t('account.myAccount.deleteHeading')}</h3>
      <p id={`${id}-warning`} className="account-warning">
        {t('account.myAccount.deleteWarning')}
      </p>
      {!confirming ? (
        <button ref={startRef} type="button" className="button button--danger" aria-describedby={`${id}-warning`} onClick={start}>
          {t('account.myAccount.deleteStart')}
        </button>
      ) : (
        <>
          {failure !== null ? <FormAlert alertRef={alertRef} title={t('account.myAccount.deleteFailed')} message={errorMessage(failure, t)} /> : null}
          <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-delete`} aria-describedby={`${id}-warning`}>
            <ErrorSummary
              id={`${id}-summary`}
              summaryRef={summaryRef}
              items={issues.map((issue) => ({ fieldId: passwordId, label: t('account.fields.password'), text: issueText(issue) }))}
            />
            <TextField
              id={passwordId}
              label={t('account.fields.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              hint={t('account.myAccount.deletePasswordHint')}
              value={password}
              issues={issues}
              onChange={(event) => setPassword(event.target.value)}
            />
            <SubmitActions
              danger
              pending={remove.isPending}
              label={t('account.myAccount.deleteConfirm')}
              pendingLabel={t('account.myAccount.deleting')}
            >
              <button type="button" className="button button--secondary" disabled={remove.isPending} onClick={cancel}>
                {t('account.myAccount.deleteCancel')}
              </button>
            </SubmitActions>
          </form>
        </>
      )}
    </section>
  );
}

/** Shown in place of the account page once the account is gone. */
export function AccountDeletedNotice() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="form-success" role="status" tabIndex={-1}>
      <h2 className="form-success__title">{t('account.myAccount.deletedTitle')}</h2>
      <p>{t('account.myAccount.deletedText')}</p>
      <p>
        <Link to="/" className="button button--secondary">
          {t('account.myAccount.toHome')}
        </Link>
      </p>
    </div>
  );
}
