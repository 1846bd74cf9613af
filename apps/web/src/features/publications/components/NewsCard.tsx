import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { formatDateTimeAsDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { newsItemPath } from '../paths';

/** One item in a list: title, state, date, who published it on whose behalf, teaser. */
export function NewsCard({ item }: { item: NewsItemFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <article className="card news-card">
      <h3 className="card__title">
        <Link to={newsItemPath(item.id)}>{item.title}</Link>
      </h3>
      <p className="news-card__meta">
        {item.publishedAt ? formatDateTimeAsDate(item.publishedAt, language) : t(`news.status.${item.status}`)}
        {' · '}
        {item.office ? `${item.organisation.name}, ${item.office.name}` : item.organisation.name}
        {item.status === 'WITHDRAWN' ? <Badge tone="danger">{t('news.status.WITHDRAWN')}</Badge> : null}
        {item.version > 1 ? <Badge tone="warning">{t('news.corrected')}</Badge> : null}
      </p>
      <p>{item.teaser}</p>
    </article>
  );
}
