import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/Badge';
import { ExternalLink } from '../../../components/ExternalLink';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { hasErrorCode } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { NEWS_PATH } from '../../../lib/site-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLanguage } from '../../../lib/use-language';
import { ItemActions } from '../components/ItemActions';
import { ProvenanceBox } from '../components/ProvenanceBox';
import { VersionHistory } from '../components/VersionHistory';
import { paragraphs } from '../format';
import { useNewsItem } from '../hooks/use-news';
import '../publications.css';

function NewsContent({ item }: { item: NewsItemFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <>
      {item.status !== 'PUBLISHED' ? <Badge tone={item.status === 'WITHDRAWN' ? 'danger' : 'info'}>{t(`news.status.${item.status}`)}</Badge> : null}
      {item.status === 'WITHDRAWN' ? (
        <p className="news__withdrawn" role="note">
          {t('news.detail.withdrawn', {
            date: item.withdrawnAt ? formatDateTime(item.withdrawnAt, language) : '',
            reason: item.withdrawalReason ?? '',
          })}
        </p>
      ) : null}
      <p className="lead" lang={item.language}>
        {item.teaser}
      </p>
      <div className="news__body" lang={item.language}>
        {paragraphs(item.body).map((text, index) => (
          <p key={index} className="pre-line">
            {text}
          </p>
        ))}
      </div>
      {item.links.length ? (
        <section className="section" aria-labelledby={`${id}-links`}>
          <h2 id={`${id}-links`} className="section__heading">
            {t('news.detail.links')}
          </h2>
          <ul className="plain-list">
            {item.links.map((link) => (
              <li key={link}>
                <ExternalLink href={link}>{link}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section news__provenance" aria-labelledby={`${id}-provenance`}>
        <h2 id={`${id}-provenance`} className="section__heading">
          {t('news.provenance.heading')}
        </h2>
        <ProvenanceBox item={item} />
      </section>
      <section className="section" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`} className="section__heading">
          {t('news.history.heading')}
        </h2>
        <VersionHistory versions={item.versions} />
      </section>
    </>
  );
}

/** `/meldungen/:id`: a news item with its provenance box and version history. */
export function NewsItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useNewsItem(id);
  const title = item.data?.title ?? t('news.detail.titleFallback');
  useDocumentTitle(title);
  const back = (
    <Link to={NEWS_PATH} className="back-link">
      <ArrowLeftIcon />
      {t('news.detail.back')}
    </Link>
  );
  return (
    <div className="page news news-detail">
      {back}
      <PageHeading>{title}</PageHeading>
      <QueryStates
        query={item}
        notFound={hasErrorCode(item.error, ErrorCodes.NEWS_ITEM_NOT_FOUND)}
        notFoundText={t('news.detail.notFound')}
        notFoundAction={back}
        loadingLabel={t('news.detail.loading')}
        errorTitle={t('news.detail.error')}
      >
        {(data) => (
          <>
            <NewsContent item={data} />
            <ItemActions item={data} can={data.viewerCan} />
          </>
        )}
      </QueryStates>
    </div>
  );
}
