import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../../components/ExternalLink';
import { FactList, type Fact } from '../../../components/FactList';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { formatDateTimeAsDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { formatCents } from '../format';

/** Who published an item, on whose behalf, approved by whom, with which media and money. */
export function ProvenanceBox({ item }: { item: NewsItemFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const approval = item.approval;
  const facts: Fact[] = [
    { key: 'organisation', label: t('news.provenance.organisation'), value: item.organisation.name },
    { key: 'office', label: t('news.provenance.office'), value: item.office?.name ?? t('news.provenance.noOffice') },
    {
      key: 'approval',
      label: t('news.provenance.approvedBy'),
      value: approval
        ? `${t(`news.approverRole.${approval.role}`)}${approval.approverName ? ` (${approval.approverName})` : ''}, ${formatDateTimeAsDate(approval.approvedAt, language)}`
        : t('news.provenance.notApproved'),
    },
    {
      key: 'promotion',
      label: t('news.provenance.promotion'),
      value: item.promotion
        ? t('news.provenance.promoted', { amount: formatCents(item.promotion.cents, language), budgetLine: item.promotion.budgetLine })
        : t('news.provenance.notPromoted'),
    },
    {
      key: 'media',
      label: t('news.provenance.media'),
      value: item.media.length ? (
        <ul className="plain-list">
          {item.media.map((media) => (
            <li key={media.sourceUrl + media.title}>
              <ExternalLink href={media.sourceUrl}>{media.title}</ExternalLink> – {media.licence}
              {'; '}
              {media.publicFunds ? t('news.provenance.publicFunds', { by: media.producedBy ?? '–' }) : t('news.provenance.noPublicFunds')}
            </li>
          ))}
        </ul>
      ) : (
        t('news.provenance.noMedia')
      ),
    },
  ];
  if (item.authorName) facts.push({ key: 'author', label: t('news.provenance.author'), value: item.authorName });
  return <FactList facts={facts} />;
}
