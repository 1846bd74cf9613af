import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { PageHeading } from '../../../components/PageHeading';
import { ProgressBar } from '../../../components/ProgressBar';
import { QueryStates } from '../../../components/QueryStates';
import { ErrorCodes } from '../../../lib/error-codes';
import { hasErrorCode } from '../../../lib/error-message';
import { useMe } from '../../../lib/session/use-me';
import { organisationPath, topicFieldPath } from '../../../lib/site-paths';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormatters } from '../../../lib/use-formatters';
import { MilestoneList, ProjectStatusBadge } from '../../topic-fields';
import { ApplicationsPanel } from '../components/ApplicationsPanel';
import { ApplyForm } from '../components/ApplyForm';
import { LeadTools } from '../components/LeadTools';
import { ParticipationTools } from '../components/ParticipationTools';
import { useProject } from '../hooks/use-project';
import '../projects.css';

/** A project's workspace: public details, participants, update log and history; applying; the lead's tools. */
export function ProjectPage() {
  const { t } = useTranslation();
  const id = useId();
  const { slug = '' } = useParams();
  const query = useProject(slug);
  const me = useMe();
  const announcer = useAnnouncer();
  const format = useFormatters();
  const notFound = query.isError && hasErrorCode(query.error, ErrorCodes.PROJECT_NOT_FOUND);
  const title = notFound ? t('projects.notFound') : (query.data?.title ?? t('projects.loading'));
  useDocumentTitle(title);

  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      <LiveAnnouncement announcer={announcer} />
      <QueryStates
        query={query}
        notFound={notFound}
        notFoundText={t('projects.notFoundText')}
        notFoundAction={<Link to="/">{t('nav.home')}</Link>}
        loadingLabel={t('projects.loading')}
        errorTitle={t('projects.error')}
      >
        {(project) => {
          const lead = project.participants.find((p) => p.role === 'LEAD');
          const others = project.participants.filter((p) => p.role !== 'LEAD');
          const participantIds = project.participants.map((p) => p.organisation.id);
          const pendingIds = project.applications.filter((a) => a.status === 'PENDING').map((a) => a.organisation.id);
          return (
            <>
              <Link to={topicFieldPath(project.topicField.key, project.slug)} className="back-link">
                <ArrowLeftIcon />
                {project.topicField.title}
              </Link>
              <p>
                <ProjectStatusBadge status={project.status} />{' '}
                {project.approval !== 'APPROVED' ? <span className="muted">{t(`projects.approval.${project.approval}`)}</span> : null}
              </p>
              <p className="lead">{project.description}</p>
              {project.goal ? (
                <>
                  <h2 className="section__heading">{t('projects.goal')}</h2>
                  <p>{project.goal}</p>
                </>
              ) : null}
              <dl className="facts">
                <div className="facts__row">
                  <dt>{t('project.lead')}</dt>
                  <dd>{lead ? <Link to={organisationPath(lead.organisation.id)}>{lead.organisation.name}</Link> : t('project.noLead')}</dd>
                </div>
                {project.startsOn ? (
                  <div className="facts__row">
                    <dt>{t('project.startsOn')}</dt>
                    <dd>{format.date(project.startsOn)}</dd>
                  </div>
                ) : null}
                {project.endsOn ? (
                  <div className="facts__row">
                    <dt>{t('projects.endsOn')}</dt>
                    <dd>{format.date(project.endsOn)}</dd>
                  </div>
                ) : null}
                {project.regions.length > 0 ? (
                  <div className="facts__row">
                    <dt>{t('projects.regions')}</dt>
                    <dd>{project.regions.map((r) => t(`enums.region.${r}`)).join(', ')}</dd>
                  </div>
                ) : null}
                <div className="facts__row">
                  <dt>{t('projects.punctuality')}</dt>
                  <dd>{t('projects.punctualityValue', project.milestonePunctuality)}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('projects.openness')}</dt>
                  <dd>{project.openForParticipants ? t('projects.open') : t('projects.closed')}</dd>
                </div>
              </dl>
              <ProgressBar value={project.progress} caption={t('topicField.progress')} label={t('project.progressLabel', { title: project.title })} />

              <section aria-labelledby={`${id}-participants`} className="section">
                <h2 id={`${id}-participants`} className="section__heading">
                  {t('projects.participants')}
                </h2>
                {others.length === 0 ? (
                  <p className="muted">{t('project.noPartners')}</p>
                ) : (
                  <ul className="project-log">
                    {others.map((p) => (
                      <li key={p.organisation.id}>
                        <Link to={organisationPath(p.organisation.id)}>{p.organisation.name}</Link> – {t(`enums.participantRole.${p.role}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <section aria-labelledby={`${id}-milestones`} className="section">
                <h2 id={`${id}-milestones`} className="section__heading">
                  {t('project.milestonesHeading')}
                </h2>
                <MilestoneList milestones={project.milestones} headingId={`${id}-milestones`} />
              </section>

              {project.viewerIsLead ? <LeadTools project={project} announcer={announcer} /> : null}
              {me.data ? <ParticipationTools project={project} announcer={announcer} /> : null}
              <ApplicationsPanel applications={project.applications} isLead={project.viewerIsLead} announcer={announcer} />
              {me.data && project.openForParticipants && project.approval === 'APPROVED' && !project.viewerIsLead ? (
                <ApplyForm projectId={project.id} excluded={[...participantIds, ...pendingIds]} announcer={announcer} />
              ) : null}

              <section aria-labelledby={`${id}-updates`} className="section">
                <h2 id={`${id}-updates`} className="section__heading">
                  {t('projects.updates')}
                </h2>
                {project.updates.length === 0 ? (
                  <p className="muted">{t('projects.noUpdates')}</p>
                ) : (
                  <ul className="project-log">
                    {project.updates.map((u) => (
                      <li key={u.id}>
                        <strong>{format.dateTimeAsDate(u.createdAt)}</strong>: {u.text}
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <section aria-labelledby={`${id}-history`} className="section">
                <h2 id={`${id}-history`} className="section__heading">
                  {t('projects.history')}
                </h2>
                {project.history.length === 0 ? (
                  <p className="muted">{t('projects.noHistory')}</p>
                ) : (
                  <ul className="project-log">
                    {project.history.map((h, index) => (
                      <li key={`${h.at}-${index}`}>
                        <strong>{format.dateTime(h.at)}</strong>: {h.summary}
                        {h.organisation ? ` (${h.organisation.name})` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}
