import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AlertIcon } from '../../../components/icons';
import { errorMessage } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ErrorSummary, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { useSignIn } from '../hooks/use-sign-in';
import { FORGOT_PASSWORD_PATH, NEXT_PARAM, safeNextPath, SIGN_UP_PATH } from '../../../lib/site-paths';
import { invalidFields, type FieldIssues } from '../../../lib/form/validation';
import { retryAfterMinutes, SIGN_IN_FIELDS, validateSignIn, type SignInField } from '../validation';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.signIn.title'));
  const id = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get(NEXT_PARAM));
  const signIn = useSignIn();
  const issueText = useIssueText();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssues<SignInField>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const fieldId = (field: SignInField) => `${id}-${field}`;
  const labels: Record<SignInField, string> = {
    email: t('account.fields.email'),
    password: t('account.fields.password'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const found = validateSignIn({ email, password });
    const invalid = invalidFields(found, SIGN_IN_FIELDS);
    flushSync(() => {
      setIssues(found);
      setFailure(null);
    });
    if (invalid.length > 0) {
      document.getElementById(fieldId(invalid[0]!))?.focus();
      return;
    }
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(next ?? '/', { replace: true }),
        onError: (error) => {
          flushSync(() => setFailure(error));
          alertRef.current?.focus();
        },
      },
    );
  };

  const minutes = retryAfterMinutes(failure);
  const failureText = failure === null ? null : minutes !== null ? t('account.signIn.throttled', { count: minutes }) : errorMessage(failure, t);
  const summaryItems = invalidFields(issues, SIGN_IN_FIELDS).flatMap((field) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: labels[field], text: issueText(issue) })),
  );

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.signIn.title')}</PageHeading>
      <p className="lead">{t('account.signIn.intro')}</p>

      {failureText ? (
        <div ref={alertRef} id={`${id}-alert`} className="form-alert" role="alert" tabIndex={-1}>
          <AlertIcon className="form-alert__icon" />
          <div>
            <p className="form-alert__title">{t('account.signIn.failedTitle')}</p>
            <p className="form-alert__message">{failureText}</p>
          </div>
        </div>
      ) : null}

      <form className="account-form" noValidate onSubmit={onSubmit} aria-describedby={failureText ? `${id}-alert` : undefined}>
        <ErrorSummary id={`${id}-summary`} items={summaryItems} />
        <TextField
          id={fieldId('email')}
          label={labels.email}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          issues={issues.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id={fieldId('password')}
          label={labels.password}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          issues={issues.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <SubmitActions pending={signIn.isPending} label={t('account.signIn.submit')} pendingLabel={t('account.signIn.submitting')}>
          <Link to={FORGOT_PASSWORD_PATH} className="account-form__secondary-link">
            {t('account.signIn.forgotPassword')}
          </Link>
        </SubmitActions>
      </form>

      <p className="account-page__switch">
        {t('account.signIn.noAccount')} <Link to={SIGN_UP_PATH}>{t('account.signIn.toSignUp')}</Link>
      </p>
    </div>
  );
}
