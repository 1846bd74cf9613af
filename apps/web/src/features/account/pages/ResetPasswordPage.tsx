import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AlertIcon } from '../../../components/icons';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ErrorSummary, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { PasswordRules } from '../components/PasswordRules';
import { useResetPassword } from '../hooks/use-reset-password';
import { passwordServerIssues, validateNewPassword } from '../password';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from '../../../lib/site-paths';
import { type FieldIssue } from '../../../lib/form/validation';
import { ErrorCodes } from '../../../lib/error-codes';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.reset.title'));
  const id = useId();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const reset = useResetPassword();
  const issueText = useIssueText();
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const passwordId = `${id}-password`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const found = validateNewPassword(password);
    flushSync(() => {
      setIssues(found);
      setFailure(null);
    });
    if (found.length > 0) {
      document.getElementById(passwordId)?.focus();
      return;
    }
    reset.mutate(
      { token, password },
      {
        onSuccess: () => {
          flushSync(() => setDone(true));
          successRef.current?.focus();
        },
        onError: (error) => {
          const mapped = passwordServerIssues(error);
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

  const invalidToken = token === '' || hasErrorCode(failure, ErrorCodes.INVALID_TOKEN);
  let content;
  if (done) {
    content = (
      <div ref={successRef} className="form-success" role="status" tabIndex={-1}>
        <h2 className="form-success__title">{t('account.reset.successTitle')}</h2>
        <p>{t('account.reset.successText')}</p>
        <p>
          <Link to={SIGN_IN_PATH} className="button">
            {t('account.reset.toSignIn')}
          </Link>
        </p>
      </div>
    );
  } else if (invalidToken) {
    content = (
      <div ref={alertRef} className="form-alert" role="alert" tabIndex={-1}>
        <AlertIcon className="form-alert__icon" />
        <div>
          <p className="form-alert__title">{t('account.reset.invalidTitle')}</p>
          <p className="form-alert__message">{token === '' ? t('account.reset.missingToken') : t('account.reset.invalidText')}</p>
          <p className="account-links">
            <Link to={FORGOT_PASSWORD_PATH}>{t('account.reset.requestNew')}</Link>
          </p>
        </div>
      </div>
    );
  } else {
    content = (
      <>
        <p className="lead">{t('account.reset.intro')}</p>
        {failure !== null ? <FormAlert alertRef={alertRef} title={t('account.reset.failedTitle')} message={errorMessage(failure, t)} /> : null}
        <form className="account-form" noValidate onSubmit={onSubmit}>
          <ErrorSummary
            id={`${id}-summary`}
            summaryRef={summaryRef}
            items={issues.map((issue) => ({ fieldId: passwordId, label: t('account.fields.newPassword'), text: issueText(issue) }))}
          />
          <TextField
            id={passwordId}
            label={t('account.fields.newPassword')}
            name="password"
            type="password"
            autoComplete="new-password"
            hint={<PasswordRules />}
            value={password}
            issues={issues}
            onChange={(event) => setPassword(event.target.value)}
          />
          <SubmitActions pending={reset.isPending} label={t('account.reset.submit')} pendingLabel={t('account.reset.submitting')} />
        </form>
      </>
    );
  }

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.reset.title')}</PageHeading>
      {content}
    </div>
  );
}
