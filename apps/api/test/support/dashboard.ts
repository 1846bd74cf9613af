import { seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { PasswordHasher } from '../../src/accounts/password';
import { DashboardRefreshService } from '../../src/dashboard/dashboard-refresh.service';
import { accountsClient } from './accounts';
import { generateDashboardData, type GeneratedData, type GenerateOptions } from './dashboard-data';
import { startTestApp, type TestApp } from './test-app';

const COUNT = '{ value suppressed protection }';
const RATE = `{ value suppressed protection basis ${COUNT} }`;
const ORG = `total ${COUNT} members ${COUNT} newInPeriod ${COUNT}`;
const NEEDS = `published ${COUNT} open ${COUNT} filled ${COUNT}`;
const WORKBENCH = `bookings ${COUNT} cancelled ${COUNT} attended ${COUNT} noShows ${COUNT} noShowRate ${RATE} utilisation ${RATE}`;
const STAT = `kind year fromRegion toRegion value ${COUNT} source illustrative`;

/** The panels the public figures (/zahlen) share with the dashboard, as the web client asks for them. */
export const PUBLIC_PANELS = `
    organisations { ${ORG} byRegion { region side ${ORG} } bySide { side ${ORG} } byKind { kind ${ORG} } }
    connections { requests ${COUNT} accepted ${COUNT} acceptanceRate ${RATE} crossRegionRequests ${COUNT} crossRegionAccepted ${COUNT}
      flows { needRegion offerRegion requests ${COUNT} accepted ${COUNT} } }
    topicFields { fields { topicField projectsPlanned projectsActive projectsCompleted projectsPaused milestonesDone milestonesDue milestonesOverdue progress }
      participation { region side organisations ${COUNT} crossSide ${COUNT} } }
    regionContext { commuters { ${STAT} } employees { ${STAT} } }`;

/** Every panel and every figure of the dashboard: what the web client asks for, and the benchmark. */
export const DASHBOARD_QUERY = `query Dashboard($filter: DashboardFilter) {
  dashboard(filter: $filter) {
    asOf region period { kind from to }
    skills { ${NEEDS} byTopicField { topicField ${NEEDS} } byCategory { category ${NEEDS} }
      largestGaps { skill { id slug label category } demand ${COUNT} supply ${COUNT} gap ${COUNT} } }
    workbench { ${WORKBENCH} byTopicField { topicField ${WORKBENCH} } byOrganisation { organisationId organisationName ${WORKBENCH} } }
    ${PUBLIC_PANELS}
  }
}`;

/** Refreshes the dashboard's views now, as the job does every 30 s in a running portal. */
export async function refreshDashboard(t: TestApp): Promise<void> {
  await t.app.get(DashboardRefreshService).refresh();
}

/** A test portal with the demo accounts and generated dashboard data, refreshed; signed in as the joint office. */
export async function startDashboardApp(options: GenerateOptions): Promise<{ t: TestApp; cookie: string; generated: GeneratedData }> {
  const t = await startTestApp();
  const prisma = t.db.database.prisma;
  await seedDemoAccounts(prisma, new PasswordHasher());
  const cookie = await accountsClient(
    () => t,
    () => '',
  ).coordinator();
  const generated = await generateDashboardData(prisma, options);
  await refreshDashboard(t);
  return { t, cookie, generated };
}
