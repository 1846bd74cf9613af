import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResultsSection } from '../../../components/PagedResults';
import { PageHeading } from '../../../components/PageHeading';
import { useMe } from '../../../lib/session/use-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLanguage } from '../../../lib/use-language';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { NewsCard } from '../components/NewsCard';
import { NewsFilterForm } from '../components/NewsFilterForm';
import { newsFiltersFromSearchParams, newsFiltersToSearchParams, toNewsFilter } from '../filters';
import { useNewsItems } from '../hooks/use-news';
import { MY_NEWS_PATH, NEWS_QUEUE_PATH, newsFeedPath } from '../paths';
import '../../../styles/cards.css';
import '../publications.css';

/** `/meldungen`: the partnership's news, newest first, filtered in the URL; the Atom feed; the editor's entry points. */
export function NewsListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const { filters, update } = useSearchParamFilters(newsFiltersFromSearchParams, newsFiltersToSearchParams);
  const items = useNewsItems(toNewsFilter(filters));
  useDocumentTitle(t('news.title'));
  return (
    <div className="page news">
      <PageHeading>{t('news.title')}</PageHeading>
      <p className="lead">{t('news.intro')}</p>
      <p className="news__links">
        <a href={newsFeedPath(language)}>{t('news.feed')}</a>
        {me.data ? (
          <>
            <Link to={MY_NEWS_PATH}>{t('news.mine.title')}</Link>
            <Link to={NEWS_QUEUE_PATH}>{t('news.queue.title')}</Link>
          </>
        ) : null}
      </p>
      <div className="directory">
        <NewsFilterForm filters={filters} onChange={update} />
        <ResultsSection
          query={items}
          heading={t('news.list.heading')}
          loadingLabel={t('news.list.loading')}
          errorTitle={t('news.list.error')}
          emptyTitle={t('news.list.empty')}
          shownText={(shown, total) => t('news.list.shown', { shown, total })}
          renderItem={(item) => <NewsCard item={item} />}
        />
      </div>
    </div>
  );
}
