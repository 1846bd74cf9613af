import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/error-message';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useUnverifiedOrganisations } from '../hooks/use-unverified-organisations';
import { useVerifyOrganisation } from '../hooks/use-verify-organisation';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { PagedResults } from '../../../components/PagedResults';

/** `/geschaeftsstelle`: the queue of organisations to verify, 20 at a time, with a verify button per organisation. */
export function VerificationPage() {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useUnverifiedOrganisations();
  const verify = useVerifyOrganisation();
  const announcer = useAnnouncer();

  const onVerify = (organisation: { id: string; name: string }) => {
    verify.mutate(organisation.id, {
      onSuccess: () => announcer.announce(t('coordination.queue.verified', { name: organisation.name }), { focus: true }),
      onError: (error) => announcer.announce(`${t('coordination.queue.verifyFailed')} ${errorMessage(error, t)}`, { error: true, focus: true }),
    });
  };

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.queue.heading')}</h2>
      <p>{t('coordination.queue.intro')}</p>
      <LiveAnnouncement announcer={announcer} />
      <PagedResults
        query={organisations}
        loadingLabel={t('coordination.queue.loading')}
        errorTitle={t('coordination.queue.error')}
        emptyTitle={t('coordination.queue.empty')}
      >
        {(items) => (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('coordination.queue.caption', { count: organisations.data?.totalCount ?? items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coordination.queue.columns.name')}</th>
                  <th scope="col">{t('coordination.queue.columns.kind')}</th>
                  <th scope="col">{t('coordination.queue.columns.municipality')}</th>
                  <th scope="col">{t('coordination.queue.columns.website')}</th>
                  <th scope="col">{t('coordination.queue.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((organisation) => {
                  const verifying = verify.isPending && verify.variables === organisation.id;
                  return (
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
                          disabled={verifying}
                          onClick={() => onVerify(organisation)}
                        >
                          {verifying ? t('coordination.queue.verifying') : t('coordination.queue.verify')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </section>
  );
}
