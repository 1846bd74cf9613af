import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/ProgressBar';
import type { TopicFieldsQuery } from '../../../gql/graphql';
import { topicFieldPath } from '../../../lib/site-paths';

export type TopicFieldSummary = TopicFieldsQuery['topicFields'][number];

export function TopicFieldCard({ field }: { field: TopicFieldSummary }) {
  const { t } = useTranslation();
  return (
    <article className="card topic-card">
      <h3 className="topic-card__title">
        <Link to={topicFieldPath(field.key)} className="card__link">
          {field.title}
        </Link>
      </h3>
      <p className="topic-card__goal">
        <span className="label">{t('topicField.goal')}: </span>
        {field.goal}
      </p>
      <div className="topic-card__footer">
        {field.projectCount === 0 ? (
          // A new installation has no projects yet: no 0 % bar that would read as "nothing achieved".
          <p className="topic-card__count">{t('topicField.noProjectsYet')}</p>
        ) : (
          <>
            <ProgressBar value={field.progress} caption={t('topicField.progress')} label={t('topicField.progressLabel', { title: field.title })} />
            <p className="topic-card__count">{t('topicField.projectCount', { count: field.projectCount })}</p>
          </>
        )}
      </div>
    </article>
  );
}
