import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { useUnverifiedOrganisations } from '../hooks/use-unverified-organisations';
import { useVerifyOrganisation } from '../hooks/use-verify-organisation';

/** "Zu prüfende Organisationen": the queue with a verify button per organisation. */
export function UnverifiedOrganisations() {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useUnverifiedOrganisations();
  const verify = useVerifyOrganisation();
  const [announcement, setAnnouncement] = useState<{ text: string; error: boolean } | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);

  const onVerify = (organisation: { id: string; name: string }) => {
    verify.mutate(organisation.id, {
      onSuccess: () => {
        flushSync(() => setAnnouncement({ text: t('coordination.verified', { name: organisation.name }), error: false }));
        announcementRef.current?.focus();
      },
      onError: (error) => {
        flushSync(() => setAnnouncement({ text: `${t('coordination.verifyFailed')} ${errorMessage(error, t)}`, error: true }));
        announcementRef.current?.focus();
      },
    });
  };

  let content;
  if (organisations.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('coordination.queueLoading')} />
      </div>
    );
  } else if (organisations.isError) {
    content = (
      <ErrorState
        title={t('coordination.queueError')}
        error={organisations.error}
        onRetry={() => void organisations.refetch()}
        retrying={organisations.isFetching}
      />
    );
  } else if (organisations.data.organisations.length === 0) {
    content = <EmptyState title={t('coordination.queueEmpty')} />;
  } else {
    content = (
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('coordination.queueCaption', { count: organisations.data.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coordination.columns.name')}</th>
              <th scope="col">{t('coordination.columns.kind')}</th>
              <th scope="col">{t('coordination.columns.municipality')}</th>
              <th scope="col">{t('coordination.columns.website')}</th>
              <th scope="col">{t('coordination.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.data.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row" id={`${id}-${organisation.id}`}>
                  <Link to={`/organisationen/${organisation.id}`}>{organisation.name}</Link>
                </th>
                <td>{t(`enums.organisationKind.${organisation.kind}`)}</td>
                <td>{organisation.municipality.name}</td>
                <td>{organisation.website ?? t('common.notSpecified')}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-describedby={`${id}-${organisation.id}`}
                    disabled={verify.isPending && verify.variables === organisation.id}
                    onClick={() => onVerify(organisation)}
                  >
                    {verify.isPending && verify.variables === organisation.id ? t('coordination.verifying') : t('coordination.verify')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.queueHeading')}</h2>
      <p>{t('coordination.queueIntro')}</p>
      <p
        ref={announcementRef}
        className={announcement?.error ? 'form-alert form-alert--inline' : 'form-notice'}
        role={announcement?.error ? 'alert' : 'status'}
        tabIndex={-1}
        hidden={announcement === null}
      >
        {announcement?.text}
      </p>
      {content}
    </section>
  );
}
