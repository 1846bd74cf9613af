import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { ProgressBar } from '../../../components/ProgressBar';
import { EmptyState } from '../../../components/StatusViews';
import { QueryStates } from '../../../components/QueryStates';
import { hasErrorCode } from '../../../lib/error-message';
import { ErrorCodes } from '../../../lib/error-codes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ProjectCard } from '../components/ProjectCard';
import { ProposeProjectLink } from '../components/ProposeProjectLink';
import { useTopicField } from '../hooks/use-topic-field';
import { slugToTopicFieldKey } from '../slug';
import { COWORKING_PATH, TOPIC_FIELDS_SECTION_ID } from '../../../lib/site-paths';
import '../topic-fields.css';

export function TopicFieldPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const { hash } = useLocation();
  const key = slugToTopicFieldKey(slug);
  const query = useTopicField(key);
  const field = query.data;

  const notFound = key === null || (query.isError && hasErrorCode(query.error, ErrorCodes.TOPIC_FIELD_NOT_FOUND));
  const title = notFound ? t('topicField.notFoundTitle') : (field?.title ?? (query.isError ? t('nav.topicFields') : t('topicField.loadingTitle')));
  useDocumentTitle(title);

  // Deep links to a project (#projekt-<slug>) can only be followed once the projects are rendered.
  useEffect(() => {
    if (!field || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [field, hash]);

  return (
    <div className="page">
      <Link to={`/#${TOPIC_FIELDS_SECTION_ID}`} className="back-link">
        <ArrowLeftIcon />
        {t('topicField.backToOverview')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <QueryStates
        query={query}
        notFound={notFound}
        notFoundText={t('topicField.notFoundText')}
        notFoundAction={<Link to={`/#${TOPIC_FIELDS_SECTION_ID}`}>{t('topicField.backToOverview')}</Link>}
        loadingLabel={t('topicField.loading')}
        errorTitle={t('topicField.error')}
      >
        {(field) => (
          <>
            <div className="topic-summary">
              <p className="lead">{field.description}</p>
              {field.key === 'SKILLED_WORKERS' ? (
                <p>
                  <Link to={COWORKING_PATH}>{t('coworking.topicFieldLink')}</Link>
                </p>
              ) : null}
              <div className="topic-summary__box">
                <h2 className="topic-summary__heading">{t('topicField.goal')}</h2>
                <p>{field.goal}</p>
                {field.projectCount === 0 ? (
                  <p className="muted">{t('topicField.noProjectsYet')}</p>
                ) : (
                  <>
                    <ProgressBar
                      value={field.progress}
                      caption={t('topicField.progress')}
                      label={t('topicField.progressLabel', { title: field.title })}
                    />
                    <p className="muted">{t('topicField.projectCount', { count: field.projectCount })}</p>
                  </>
                )}
              </div>
            </div>
            <section aria-labelledby="projects-heading" className="section">
              <h2 id="projects-heading" className="section__heading">
                {t('topicField.projectsHeading')}
              </h2>
              <ProposeProjectLink topicField={field.key} />
              {field.projects.length === 0 ? (
                <EmptyState title={t('topicField.noProjects')} />
              ) : (
                <ul className="project-list">
                  {field.projects.map((project) => (
                    <li key={project.id}>
                      <ProjectCard project={project} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryStates>
    </div>
  );
}
