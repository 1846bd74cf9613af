import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useTopicFields } from '../hooks/use-topic-fields';
import { TopicFieldCard } from './TopicFieldCard';

export function TopicFieldGrid() {
  const { t } = useTranslation();
  const query = useTopicFields();

  if (query.isPending) {
    return (
      <div aria-busy="true">
        <LoadingState label={t('home.loading')}>
          <ul className="card-grid" aria-hidden="true">
            {[1, 2, 3, 4, 5].map((n) => (
              <li key={n} className="card skeleton skeleton--card" />
            ))}
          </ul>
        </LoadingState>
      </div>
    );
  }
  if (query.isError) {
    return <ErrorState title={t('home.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (query.data.length === 0) return <EmptyState title={t('home.empty')} />;

  return (
    <ul className="card-grid">
      {query.data.map((field) => (
        <li key={field.key}>
          <TopicFieldCard field={field} />
        </li>
      ))}
    </ul>
  );
}
