import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AlertIcon, CheckIcon } from '../../../components/icons';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVerifyEmail } from '../hooks/use-verify-email';
import { SIGN_IN_PATH, SIGN_UP_PATH } from '../../../lib/site-paths';
import { ErrorCodes } from '../../../lib/error-codes';
import { hasErrorCode } from '../../../lib/error-message';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.verify.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const verify = useVerifyEmail();
  const { mutate } = verify;
  // The token is single-use: send it once per page load, also under StrictMode's double effects.
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    if (token === '' || sentFor.current === token) return;
    sentFor.current = token;
    mutate(token);
  }, [token, mutate]);

  const invalid = token === '' || (verify.isSuccess && !verify.data.verifyEmail) || hasErrorCode(verify.error, ErrorCodes.INVALID_TOKEN);

  let content;
  if (invalid) {
    content = (
      <div className="form-alert" role="alert">
        <AlertIcon className="form-alert__icon" />
        <div>
          <p className="form-alert__title">{t('account.verify.invalidTitle')}</p>
          <p className="form-alert__message">{token === '' ? t('account.verify.missingToken') : t('account.verify.invalidText')}</p>
          <p className="account-links">
            <Link to={SIGN_IN_PATH}>{t('account.verify.toSignIn')}</Link>
            <Link to={SIGN_UP_PATH}>{t('account.verify.toSignUp')}</Link>
          </p>
        </div>
      </div>
    );
  } else if (verify.isSuccess) {
    content = (
      <div className="form-success" role="status">
        <p className="form-success__title">
          <CheckIcon className="form-success__icon" /> {t('account.verify.successTitle')}
        </p>
        <p>{t('account.verify.successText')}</p>
        <p>
          <Link to={SIGN_IN_PATH} className="button">
            {t('account.verify.toSignIn')}
          </Link>
        </p>
      </div>
    );
  } else if (verify.isError) {
    content = <ErrorState title={t('account.verify.error')} error={verify.error} onRetry={() => mutate(token)} retrying={verify.isPending} />;
  } else {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('account.verify.verifying')} />
      </div>
    );
  }

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.verify.title')}</PageHeading>
      {content}
    </div>
  );
}
