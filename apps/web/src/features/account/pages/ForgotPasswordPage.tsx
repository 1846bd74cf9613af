import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { errorMessage } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ErrorSummary, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { useRequestPasswordReset } from '../hooks/use-request-password-reset';
import { SIGN_IN_PATH } from '../../../lib/site-paths';
import { looksLikeEmail, type FieldIssue } from '../../../lib/form/validation';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.forgot.title'));
  const id = useId();
  const requestReset = useRequestPasswordReset();
  const issueText = useIssueText();
  const [email, setEmail] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const emailId = `${id}-email`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (requestReset.isPending) return;
    const trimmed = email.trim();
    const found: FieldIssue[] = trimmed === '' ? [{ code: 'emailRequired' }] : looksLikeEmail(trimmed) ? [] : [{ code: 'emailInvalid' }];
    flushSync(() => {
      setIssues(found);
      setFailure(null);
    });
    if (found.length > 0) {
      document.getElementById(emailId)?.focus();
      return;
    }
    requestReset.mutate(trimmed, {
      onSuccess: () => {
        flushSync(() => setSent(true));
        successRef.current?.focus();
      },
      onError: (error) => {
        flushSync(() => setFailure(error));
        alertRef.current?.focus();
      },
    });
  };

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.forgot.title')}</PageHeading>
      {sent ? (
        <div ref={successRef} className="form-success" role="status" tabIndex={-1}>
          <h2 className="form-success__title">{t('account.forgot.sentTitle')}</h2>
          <p>{t('account.forgot.sentText')}</p>
          <p>
            <Link to={SIGN_IN_PATH} className="button button--secondary">
              {t('account.forgot.toSignIn')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('account.forgot.intro')}</p>
          {failure !== null ? <FormAlert alertRef={alertRef} title={t('account.forgot.failedTitle')} message={errorMessage(failure, t)} /> : null}
          <form className="account-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary
              id={`${id}-summary`}
              items={issues.map((issue) => ({ fieldId: emailId, label: t('account.fields.email'), text: issueText(issue) }))}
            />
            <TextField
              id={emailId}
              label={t('account.fields.email')}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="none"
              value={email}
              issues={issues}
              onChange={(event) => setEmail(event.target.value)}
            />
            <SubmitActions pending={requestReset.isPending} label={t('account.forgot.submit')} pendingLabel={t('account.forgot.submitting')} />
          </form>
          <p className="account-page__switch">
            <Link to={SIGN_IN_PATH}>{t('account.forgot.toSignIn')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
