import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/ProgressBar';
import type { TopicFieldQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { organisationPath, projectAnchorId, projectPath } from '../../../lib/site-paths';
import { MilestoneList } from './MilestoneList';
import { ProjectStatusBadge } from './ProjectStatusBadge';

export type Project = TopicFieldQuery['topicField']['projects'][number];

export function ProjectCard({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const anchor = projectAnchorId(project.slug);
  const milestonesHeadingId = `${anchor}-milestones`;
  const participants = project.participants.filter((p) => p.role !== 'LEAD');
  return (
    <article className="card project" id={anchor} tabIndex={-1} aria-labelledby={`${anchor}-title`}>
      <header className="project__header">
        <h3 id={`${anchor}-title`} className="project__title">
          {project.title}
        </h3>
        <ProjectStatusBadge status={project.status} />
      </header>
      <p className="project__description">{project.description}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('project.lead')}</dt>
          <dd>{project.lead ? <Link to={organisationPath(project.lead.id)}>{project.lead.name}</Link> : t('project.noLead')}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('project.partners')}</dt>
          <dd>
            {participants.length === 0 ? (
              <span className="muted">{t('project.noPartners')}</span>
            ) : (
              <ul className="inline-list">
                {participants.map(({ organisation, role }) => (
                  <li key={organisation.id}>
                    <Link to={organisationPath(organisation.id)}>{organisation.name}</Link>
                    {role === 'PARTNER' ? null : ` (${t(`enums.participantRole.${role}`)})`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {project.startsOn ? (
          <div className="facts__row">
            <dt>{t('project.startsOn')}</dt>
            <dd>{format.date(project.startsOn)}</dd>
          </div>
        ) : null}
      </dl>
      <ProgressBar
        size="small"
        value={project.progress}
        caption={t('topicField.progress')}
        label={t('project.progressLabel', { title: project.title })}
      />
      <h4 id={milestonesHeadingId} className="project__subheading">
        {t('project.milestonesHeading')}
      </h4>
      <MilestoneList milestones={project.milestones} headingId={milestonesHeadingId} />
      <p>
        <Link to={projectPath(project.slug)}>{t('projects.toWorkspace', { title: project.title })}</Link>
      </p>
    </article>
  );
}
