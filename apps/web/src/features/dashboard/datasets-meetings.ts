import { count, text } from './dataset';
import { region, type DashboardData, type Figure, type Labels } from './datasets';

/* The meetings panel: participants of the meetings held, by region and by side; decisions by where they led. */

export function meetingFigures(data: DashboardData, labels: Labels): Figure[] {
  const { t } = labels;
  const columns = (first: 'region' | 'side') => [
    { key: first, label: first === 'region' ? t('dashboard.organisations.region') : t('dashboard.organisations.side') },
    { key: 'participants', label: t('dashboard.meetings.participants') },
  ];
  return [
    {
      dataset: {
        fileStem: 'veranstaltungen-regionen',
        caption: t('dashboard.meetings.byRegion'),
        columns: columns('region'),
        rows: data.meetings.byRegion.map((row) => ({ key: row.region, cells: [text(region(labels, row.region)), count(row.participants)] })),
      },
      chart: { series: ['participants'], horizontal: true },
    },
    {
      dataset: {
        fileStem: 'veranstaltungen-seiten',
        caption: t('dashboard.meetings.bySide'),
        columns: columns('side'),
        rows: data.meetings.bySide.map((row) => ({ key: row.side, cells: [text(t(`enums.side.${row.side}`)), count(row.participants)] })),
      },
    },
    {
      dataset: {
        fileStem: 'veranstaltungen-beschluesse',
        caption: t('dashboard.meetings.byMilestone'),
        columns: [
          { key: 'status', label: t('dashboard.meetings.milestoneStatus') },
          { key: 'decisions', label: t('dashboard.meetings.decisionsColumn') },
        ],
        rows: data.meetings.decisionsByMilestone.map((row) => ({
          key: row.status,
          cells: [text(t(`dashboard.meetings.status.${row.status}`)), count(row.decisions)],
        })),
      },
    },
  ];
}
