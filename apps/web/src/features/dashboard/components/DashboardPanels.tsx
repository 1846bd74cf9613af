import { useTranslation } from 'react-i18next';
import { count, rate } from '../dataset';
import { skillFigures, workbenchFigures, type DashboardData, type Labels } from '../datasets';
import { meetingFigures } from '../datasets-meetings';
import { Panel } from './Panel';
import { ConnectionsPanel, CoworkingPanel, OrganisationsPanel, RegionContextPanel, TopicFieldsPanel } from './PartnershipPanels';

/** The eight panels, always all of them: a period without activity shows its zeros (and empty tables). */
export function DashboardPanels({ data, labels }: { data: DashboardData; labels: Labels }) {
  const { t } = useTranslation();
  const { skills, workbench } = data;
  return (
    <>
      <OrganisationsPanel data={data} labels={labels} />
      <Panel
        heading={t('dashboard.skills.heading')}
        kpis={[
          { label: t('dashboard.skills.open'), cell: count(skills.open) },
          { label: t('dashboard.skills.filled'), cell: count(skills.filled) },
          { label: t('dashboard.skills.published'), cell: count(skills.published) },
        ]}
        figures={skillFigures(data, labels)}
      />
      <ConnectionsPanel data={data} labels={labels} />
      <Panel
        heading={t('dashboard.workbench.heading')}
        kpis={[
          { label: t('dashboard.workbench.bookings'), cell: count(workbench.bookings) },
          { label: t('dashboard.workbench.attended'), cell: count(workbench.attended) },
          { label: t('dashboard.workbench.noShows'), cell: count(workbench.noShows) },
          { label: t('dashboard.workbench.cancelled'), cell: count(workbench.cancelled) },
          { label: t('dashboard.workbench.utilisation'), cell: rate(workbench.utilisation) },
          { label: t('dashboard.workbench.noShowRate'), cell: rate(workbench.noShowRate) },
        ]}
        figures={workbenchFigures(data, labels)}
      />
      <TopicFieldsPanel data={data} labels={labels} />
      <CoworkingPanel data={data} labels={labels} />
      <Panel
        heading={t('dashboard.meetings.heading')}
        kpis={[
          { label: t('dashboard.meetings.held'), cell: count(data.meetings.held) },
          { label: t('dashboard.meetings.participants'), cell: count(data.meetings.participants) },
          { label: t('dashboard.meetings.decisions'), cell: count(data.meetings.decisions) },
        ]}
        figures={meetingFigures(data, labels)}
      />
      <RegionContextPanel data={data} labels={labels} />
    </>
  );
}
