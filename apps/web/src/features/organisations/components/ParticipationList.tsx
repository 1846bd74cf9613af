import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge';
import { ProjectStatusBadge } from '../../topic-fields';
import { topicFieldPath } from '../../../lib/site-paths';
import type { OrganisationDetails } from './OrganisationProfile';

type Participation = OrganisationDetails['participations'][number];

export function ParticipationList({ participations }: { participations: Participation[] }) {
  const { t } = useTranslation();
  if (participations.length === 0) return <p className="muted">{t('organisation.noParticipations')}</p>;
  return (
    <ul className="participations">
      {participations.map(({ role, project }) => (
        <li key={`${project.id}-${role}`} className="participation">
          <div className="participation__main">
            <Link to={topicFieldPath(project.topicField.key, project.slug)} className="participation__title">
              {project.title}
            </Link>
            <span className="badges">
              <Badge tone={role === 'LEAD' ? 'member' : 'neutral'}>
                <span className="visually-hidden">{t('organisation.role')}: </span>
                {t(`enums.participantRole.${role}`)}
              </Badge>
              <ProjectStatusBadge status={project.status} />
            </span>
          </div>
          <p className="participation__meta">
            {t('organisation.topicField')}: <Link to={topicFieldPath(project.topicField.key)}>{project.topicField.title}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
