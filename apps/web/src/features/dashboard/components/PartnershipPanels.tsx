import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { count, rate } from '../dataset';
import { connectionFigures, coworkingFigures, organisationFigures, topicFieldFigures, type DashboardData, type Labels } from '../datasets';
import { regionContextFigures } from '../datasets-region-context';
import { Panel } from './Panel';

/*
 * The panels the dashboard and the public figures (/zahlen) both show, each from its part of the
 * answer (the same GraphQL fragments on both pages).
 */

interface Props<K extends keyof DashboardData> {
  data: Pick<DashboardData, K>;
  labels: Labels;
  /** Shown under the heading (the public page's map of the regions). */
  children?: ReactNode;
}

export function OrganisationsPanel({ data, labels, children }: Props<'organisations'>) {
  const { t } = useTranslation();
  const { organisations } = data;
  return (
    <Panel
      heading={t('dashboard.organisations.heading')}
      kpis={[
        { label: t('dashboard.organisations.total'), cell: count(organisations.total) },
        { label: t('dashboard.organisations.members'), cell: count(organisations.members) },
        { label: t('dashboard.organisations.newInPeriod'), cell: count(organisations.newInPeriod) },
      ]}
      figures={organisationFigures(data, labels)}
    >
      {children}
    </Panel>
  );
}

export function ConnectionsPanel({ data, labels }: Props<'connections'>) {
  const { t } = useTranslation();
  const { connections } = data;
  return (
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
  );
}

export function TopicFieldsPanel({ data, labels }: Props<'topicFields'>) {
  const { t } = useTranslation();
  return <Panel heading={t('dashboard.topicFields.heading')} figures={topicFieldFigures(data, labels)} />;
}

export function CoworkingPanel({ data, labels }: Props<'coworking'>) {
  const { t } = useTranslation();
  return (
    <Panel
      heading={t('dashboard.coworking.heading')}
      kpis={[{ label: t('dashboard.coworking.deskDays'), cell: count(data.coworking.deskDays) }]}
      figures={coworkingFigures(data, labels)}
    />
  );
}

export function RegionContextPanel({ data, labels }: Props<'regionContext'>) {
  const { t } = useTranslation();
  const illustrative = [...data.regionContext.commuters, ...data.regionContext.employees].some((row) => row.illustrative);
  return (
    <Panel heading={t('dashboard.regionContext.heading')} figures={regionContextFigures(data, labels)}>
      <p className="muted">{t('dashboard.regionContext.intro')}</p>
      {illustrative ? (
        <p className="notice dashboard-illustrative">
          <strong>{t('dashboard.regionContext.illustrative')}</strong>
        </p>
      ) : null}
    </Panel>
  );
}
