import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../../components/ExternalLink';
import type { OrganisationQuery } from '../../../gql/graphql';

export type OrganisationDetails = OrganisationQuery['organisation'];

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OrganisationProfile({ organisation }: { organisation: OrganisationDetails }) {
  const { t } = useTranslation();
  const { region } = organisation;
  return (
    <dl className="facts facts--wide">
      {organisation.shortName ? <Row term={t('organisation.shortName')}>{organisation.shortName}</Row> : null}
      <Row term={t('organisation.kind')}>{t(`enums.organisationKind.${organisation.kind}`)}</Row>
      <Row term={t('organisation.membership')}>{organisation.isMember ? t('organisation.memberYes') : t('organisation.memberNo')}</Row>
      <Row term={t('organisation.industry')}>{organisation.industry ?? t('common.notSpecified')}</Row>
      {organisation.sizeBand ? <Row term={t('organisation.sizeBand')}>{t(`enums.sizeBand.${organisation.sizeBand}`)}</Row> : null}
      <Row term={t('organisation.municipality')}>{organisation.municipality.name}</Row>
      <Row term={t('organisation.region')}>{t(`enums.region.${region.key}`)}</Row>
      <Row term={t('organisation.side')}>{region.side ? t(`enums.side.${region.side}`) : t('common.notSpecified')}</Row>
      <Row term={t('organisation.website')}>
        {organisation.website ? (
          <ExternalLink href={organisation.website}>{organisation.website.replace(/^https?:\/\//, '')}</ExternalLink>
        ) : (
          t('common.notSpecified')
        )}
      </Row>
      <Row term={t('organisation.verification')}>{organisation.verified ? t('organisation.verifiedYes') : t('organisation.verifiedNo')}</Row>
    </dl>
  );
}
