import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/Badge';
import type { ProjectStatus } from '../../../gql/graphql';

const TONES: Record<ProjectStatus, BadgeTone> = {
  PLANNED: 'neutral',
  ACTIVE: 'info',
  COMPLETED: 'success',
  PAUSED: 'neutral',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`enums.projectStatus.${status}`)}</Badge>;
}
