import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { count, rate, type Cell } from '../dataset';
import {
  connectionFigures,
  coworkingFigures,
  organisationFigures,
  skillFigures,
  topicFieldFigures,
  workbenchFigures,
  type DashboardData,
  type Figure,
  type Labels,
} from '../datasets';
import { regionContextFigures } from '../datasets-region-context';
import { FigureBlock } from './FigureBlock';
import { KpiList } from './KpiList';

interface PanelProps {
  heading: string;
  kpis?: ReadonlyArray<{ label: string; cell: Cell }>;
  figures: readonly Figure[];
  children?: ReactNode;
}

function Panel({ heading, kpis, figures, children }: PanelProps) {
  const id = useId();
  return (
    <section className="dashboard-panel" aria-labelledby={id}>
      <h2 id={id} className="dashboard-panel__heading">
        {heading}
      </h2>
      {children}
      {kpis ? <KpiList items={kpis} /> : null}
      {figures.map((figure) => (
        <FigureBlock key={figure.dataset.fileStem} figure={figure} />
      ))}
    </section>
  );
}

/** The seven panels, always all of them: a period without activity shows its zeros (and empty tables). */
export function DashboardPanels({ data, labels }: { data: DashboardData; labels: Labels }) {
  const { t } = useTranslation();
  const { organisations, skills, connections, workbench } = data;
  const illustrative = [...data.regionContext.commuters, ...data.regionContext.employees].some((row) => row.illustrative);
  const context = (
    <Panel heading={t('dashboard.regionContext.heading')} figures={regionContextFigures(data, labels)}>
      <p className="muted">{t('dashboard.regionContext.intro')}</p>
      {illustrative ? (
        <p className="notice dashboard-illustrative">
          <strong>{t('dashboard.regionContext.illustrative')}</strong>
        </p>
      ) : null}
    </Panel>
  );
  return (
    <>
      <Panel
        heading={t('dashboard.organisations.heading')}
        kpis={[
          { label: t('dashboard.organisations.total'), cell: count(organisations.total) },
          { label: t('dashboard.organisations.members'), cell: count(organisations.members) },
          { label: t('dashboard.organisations.newInPeriod'), cell: count(organisations.newInPeriod) },
        ]}
        figures={organisationFigures(data, labels)}
      />
      <Panel
        heading={t('dashboard.skills.heading')}
        kpis={[
          { label: t('dashboard.skills.open'), cell: count(skills.open) },
          { label: t('dashboard.skills.filled'), cell: count(skills.filled) },
          { label: t('dashboard.skills.published'), cell: count(skills.published) },
        ]}
        figures={skillFigures(data, labels)}
      />
      <Panel
        heading={t('dashboard.connections.heading')}
        kpis={[
          { label: t('dashboard.connections.requests'), cell: count(connections.requests) },
          { label: t('dashboard.connections.accepted'), cell: count(connections.accepted) },
          { label: t('dashboard.connections.acceptanceRate'), cell: rate(connections.acceptanceRate) },
          { label: t('dashboard.connections.crossRequests'), cell: count(connections.crossRegionRequests) },
          { label: t('dashboard.connections.crossAccepted'), cell: count(connections.crossRegionAccepted) },
        ]}
        figures={connectionFigures(data, labels)}
      />
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
      <Panel heading={t('dashboard.topicFields.heading')} figures={topicFieldFigures(data, labels)} />
      <Panel
        heading={t('dashboard.coworking.heading')}
        kpis={[{ label: t('dashboard.coworking.deskDays'), cell: count(data.coworking.deskDays) }]}
        figures={coworkingFigures(data, labels)}
      />
      {context}
    </>
  );
}
