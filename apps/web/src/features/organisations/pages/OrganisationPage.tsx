import { contentLanguage } from '@wiw/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import { hasErrorCode } from '../../../lib/error-message';
import { ErrorCodes } from '../../../lib/error-codes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { OrganisationBadges } from '../components/OrganisationListItem';
import { OrganisationProfile } from '../components/OrganisationProfile';
import { ParticipationList } from '../components/ParticipationList';
import { useOrganisation } from '../hooks/use-organisation';
import { directoryHref } from '../paths';
import { ORGANISATIONS_PATH } from '../../../lib/site-paths';
import '../organisations.css';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const backHref = directoryHref(useLocation().state);
  const query = useOrganisation(id);
  const organisation = query.data;
  const notFound = id === '' || (query.isError && hasErrorCode(query.error, ErrorCodes.ORGANISATION_NOT_FOUND));

  const title = notFound
    ? t('organisation.notFoundTitle')
    : (organisation?.name ?? (query.isError ? t('organisations.title') : t('organisation.loadingTitle')));
  useDocumentTitle(title);

  return (
    <div className="page">
      <Link to={backHref} className="back-link">
        <ArrowLeftIcon />
        {t('organisation.backToDirectory')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <QueryStates
        query={query}
        notFound={notFound}
        notFoundText={t('organisation.notFoundText')}
        notFoundAction={<Link to={ORGANISATIONS_PATH}>{t('organisation.backToDirectory')}</Link>}
        loadingLabel={t('organisation.loading')}
        errorTitle={t('organisation.error')}
      >
        {(organisation) => (
          <>
            <OrganisationBadges isMember={organisation.isMember} isFictional={organisation.isFictional} />
            {organisation.isFictional ? <p className="notice">{t('organisation.fictionalNotice')}</p> : null}
            <div className="organisation-layout">
              <section aria-labelledby="profile-heading" className="card">
                <h2 id="profile-heading" className="card__heading">
                  {t('organisation.profileHeading')}
                </h2>
                <OrganisationProfile organisation={organisation} />
              </section>
              <div className="organisation-layout__main">
                {organisation.description ? (
                  <section aria-labelledby="description-heading" className="section">
                    <h2 id="description-heading" className="section__heading">
                      {t('organisation.descriptionHeading')}
                    </h2>
                    <p className="prose" lang={contentLanguage(organisation.description)}>
                      {organisation.description}
                    </p>
                  </section>
                ) : null}
                <section aria-labelledby="participations-heading" className="section">
                  <h2 id="participations-heading" className="section__heading">
                    {t('organisation.participationsHeading')}
                  </h2>
                  <ParticipationList participations={organisation.participations} />
                </section>
              </div>
            </div>
          </>
        )}
      </QueryStates>
    </div>
  );
}
