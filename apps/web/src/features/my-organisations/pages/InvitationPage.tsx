import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AlertIcon } from '../../../components/icons';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../../../lib/session/use-me';
import { MY_ORGANISATIONS_PATH, SIGN_IN_PATH, signInPath } from '../../../lib/site-paths';
import { InvitationSignUpForm } from '../components/InvitationSignUpForm';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';
import { ErrorCodes } from '../../../lib/error-codes';

/** `/konto/einladung?token=…`: signed in → accept; signed out → create the account (or sign in first). */
export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const me = useMe();
  const accept = useAcceptInvitation();
  const [createdEmail, setCreatedEmail] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const here = `${location.pathname}${location.search}`;

  const invalid = (error: unknown) => hasErrorCode(error, ErrorCodes.INVITATION_INVALID);
  const invalidNotice = (
    <div className="form-alert" role="alert">
      <AlertIcon className="form-alert__icon" />
      <div>
        <p className="form-alert__title">{t('invitation.invalidTitle')}</p>
        <p className="form-alert__message">{token === '' ? t('invitation.missingToken') : t('invitation.invalidText')}</p>
      </div>
    </div>
  );

  const onAccept = () => {
    accept.mutate(token, {
      onSettled: () => resultRef.current?.focus(),
    });
  };

  let content;
  if (token === '') {
    content = invalidNotice;
  } else if (createdEmail !== null) {
    content = (
      <div ref={resultRef} className="form-success" role="status" tabIndex={-1}>
        <h2 className="form-success__title">{t('invitation.createdTitle')}</h2>
        <p>{t('invitation.createdText', { email: createdEmail })}</p>
        <p>
          <Link to={signInPath(MY_ORGANISATIONS_PATH)} className="button">
            {t('invitation.toSignIn')}
          </Link>
        </p>
      </div>
    );
  } else if (me.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('invitation.loading')} />
      </div>
    );
  } else if (me.isError) {
    content = <ErrorState title={t('invitation.error')} error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  } else if (me.data) {
    content = (
      <div ref={resultRef} tabIndex={-1} className="invitation-accept">
        {accept.isSuccess ? (
          <div className="form-success" role="status">
            <h2 className="form-success__title">{t('invitation.acceptedTitle')}</h2>
            <p>
              <Link to={MY_ORGANISATIONS_PATH} className="button">
                {t('invitation.toOrganisations')}
              </Link>
            </p>
          </div>
        ) : invalid(accept.error) ? (
          invalidNotice
        ) : (
          <>
            {accept.isError ? (
              <div className="form-alert" role="alert">
                <AlertIcon className="form-alert__icon" />
                <div>
                  <p className="form-alert__title">{t('invitation.acceptFailed')}</p>
                  <p className="form-alert__message">{errorMessage(accept.error, t)}</p>
                  {hasErrorCode(accept.error, ErrorCodes.INVITATION_FOR_OTHER_ADDRESS) ? (
                    <p className="form-alert__message">{t('invitation.otherAddressHint')}</p>
                  ) : null}
                </div>
              </div>
            ) : null}
            <p className="lead">{t('invitation.acceptIntro', { name: me.data.name, email: me.data.email })}</p>
            <button type="button" className="button" disabled={accept.isPending} onClick={onAccept}>
              {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
            </button>
          </>
        )}
      </div>
    );
  } else {
    content = (
      <>
        <p className="lead">{t('invitation.signUpIntro')}</p>
        <InvitationSignUpForm
          token={token}
          onCreated={(email) => {
            flushSync(() => setCreatedEmail(email));
            resultRef.current?.focus();
          }}
          invalidNotice={invalidNotice}
        />
        <p className="account-page__switch">
          {t('invitation.haveAccount')} <Link to={signInPath(here)}>{t('invitation.signInFirst')}</Link>
        </p>
      </>
    );
  }

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('invitation.title')}</PageHeading>
      {content}
      {token === '' ? (
        <p className="account-links">
          <Link to={SIGN_IN_PATH}>{t('invitation.toSignIn')}</Link>
        </p>
      ) : null}
    </div>
  );
}
