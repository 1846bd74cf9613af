import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Badge } from '../../../components/Badge';
import type { OrganisationsQuery } from '../../../gql/graphql';
import { organisationPath } from '../../../lib/site-paths';
import { type FromDirectoryState } from '../paths';

export type OrganisationSummary = OrganisationsQuery['organisations']['edges'][number]['node'];

export function OrganisationBadges({ isMember, isFictional }: { isMember: boolean; isFictional: boolean }) {
  const { t } = useTranslation();
  if (!isMember && !isFictional) return null;
  return (
    <span className="badges">
      {isMember ? <Badge tone="member">{t('badges.member')}</Badge> : null}
      {isFictional ? (
        <Badge tone="fictional" title={t('badges.fictionalTitle')}>
          {t('badges.fictional')}
        </Badge>
      ) : null}
    </span>
  );
}

export function OrganisationListItem({ organisation }: { organisation: OrganisationSummary }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const state: FromDirectoryState = { directorySearch: search };
  return (
    <li className="org-item" data-region={organisation.region.key}>
      <div className="org-item__main">
        <h3 className="org-item__name">
          <Link to={organisationPath(organisation.id)} state={state}>
            {organisation.name}
          </Link>
        </h3>
        <OrganisationBadges isMember={organisation.isMember} isFictional={organisation.isFictional} />
      </div>
      <p className="org-item__meta">
        <span>{t(`enums.organisationKind.${organisation.kind}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{organisation.municipality.name}</span>
        <span aria-hidden="true"> · </span>
        <span className="org-item__region">{t(`enums.region.${organisation.region.key}`)}</span>
      </p>
    </li>
  );
}
