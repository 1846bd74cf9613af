import type { DashboardQuery, KpiCountFieldsFragment, KpiRateFieldsFragment, PlatformRole, RegionKey } from '../../../gql/graphql';
import { REGION_KEYS, TOPIC_FIELD_KEYS } from '../../../lib/enums';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, type RecordedRequest } from '../../../test/utils';

export { apiError, requestsOf } from '../../../test/utils';

/** A count as the API sends it: 1 and 2 are suppressed. */
export const n = (value: number): KpiCountFieldsFragment =>
  value > 0 && value < 3 ? { value: null, suppressed: true, protection: 'SMALL' } : { value, suppressed: false, protection: null };

export const pct = (value: number | null, basis: number): KpiRateFieldsFragment =>
  basis > 0 && basis < 3
    ? { value: null, suppressed: true, protection: 'SMALL', basis: n(basis) }
    : { value: basis === 0 ? null : value, suppressed: false, protection: null, basis: n(basis) };

type Dashboard = DashboardQuery['dashboard'];

const org = (total: number, members: number, added: number) => ({ total: n(total), members: n(members), newInPeriod: n(added) });
const needs = (published: number, open: number, filled: number) => ({ published: n(published), open: n(open), filled: n(filled) });
const wb = (bookings: number, attended: number, noShows: number) => ({
  bookings: n(bookings),
  attended: n(attended),
  noShows: n(noShows),
  cancelled: n(0),
  utilisation: pct(bookings / 10, 10),
  noShowRate: pct(attended + noShows ? noShows / (attended + noShows) : null, attended + noShows),
});

/** Flow counts: Dortmund needs met in Olpe 7 times (4 accepted), Märkischer Kreis needs met in Dortmund twice. */
const FLOWS: Partial<Record<string, [number, number]>> = {
  'DORTMUND>OLPE': [7, 4],
  'MAERKISCHER_KREIS>DORTMUND': [2, 1],
  'DORTMUND>DORTMUND': [5, 3],
};

/** The dashboard of Q4 2026 for all regions, with some suppressed cells. */
export function dashboardNode(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    asOf: '2026-11-22T08:15:00.000Z',
    region: null,
    period: { kind: 'QUARTER', from: '2026-10-01', to: '2026-12-31' },
    organisations: {
      ...org(42, 12, 5),
      byRegion: REGION_KEYS.map((region: RegionKey, index) => ({
        region,
        side: region === 'OTHER' ? null : region === 'DORTMUND' ? 'DORTMUND' : 'SUEDWESTFALEN',
        ...org(index === 1 ? 2 : 6, 3, 0),
      })),
      bySide: [
        { side: 'DORTMUND', ...org(20, 6, 3) },
        { side: 'SUEDWESTFALEN', ...org(20, 6, 2) },
        { side: null, ...org(2, 0, 0) },
      ],
      byKind: [
        { kind: 'COMPANY', ...org(30, 4, 5) },
        { kind: 'CHAMBER', ...org(4, 4, 0) },
      ],
    },
    skills: {
      ...needs(30, 18, 7),
      byTopicField: TOPIC_FIELD_KEYS.map((topicField, index) => ({ topicField, ...needs(6, index + 2, 1) })),
      byCategory: [{ category: 'LOGISTICS', ...needs(9, 6, 3) }],
      largestGaps: [
        {
          skill: { id: 'skill-sps', slug: 'sps', label: 'SPS-Programmierung', category: 'AUTOMATION' },
          demand: n(8),
          supply: n(2),
          gap: { value: null, suppressed: true, protection: 'SMALL' },
        },
        { skill: { id: 'skill-py', slug: 'python', label: 'Python', category: 'SOFTWARE' }, demand: n(6), supply: n(3), gap: n(3) },
      ],
    },
    connections: {
      requests: n(14),
      accepted: n(8),
      acceptanceRate: pct(8 / 14, 14),
      crossRegionRequests: n(9),
      crossRegionAccepted: n(5),
      flows: REGION_KEYS.flatMap((needRegion) =>
        REGION_KEYS.map((offerRegion) => {
          const [requests, accepted] = FLOWS[`${needRegion}>${offerRegion}`] ?? [0, 0];
          return { needRegion, offerRegion, requests: n(requests), accepted: n(accepted) };
        }),
      ),
    },
    workbench: {
      ...wb(12, 8, 1),
      byTopicField: TOPIC_FIELD_KEYS.map((topicField, index) => ({
        topicField,
        ...wb(index === 2 ? 12 : 0, index === 2 ? 8 : 0, index === 2 ? 1 : 0),
      })),
      byOrganisation: [{ organisationId: 'org-ihk', organisationName: 'IHK Siegen', ...wb(12, 8, 1) }],
    },
    topicFields: {
      fields: TOPIC_FIELD_KEYS.map((topicField) => ({
        topicField,
        projectsPlanned: 1,
        projectsActive: 2,
        projectsCompleted: 0,
        projectsPaused: 0,
        milestonesDone: 1,
        milestonesDue: 2,
        milestonesOverdue: topicField === 'RECOVERY' ? 1 : 0,
        progress: 0.4,
      })),
      participation: [
        { region: 'DORTMUND', side: 'DORTMUND', organisations: n(12), crossSide: n(5) },
        { region: 'OLPE', side: 'SUEDWESTFALEN', organisations: n(4), crossSide: n(0) },
      ],
    },
    coworking: {
      deskDays: n(9),
      byRegion: REGION_KEYS.filter((region) => region !== 'OTHER').map((region) => ({
        region,
        deskDays: n(region === 'SIEGEN_WITTGENSTEIN' ? 9 : 0),
      })),
    },
    meetings: {
      held: n(4),
      participants: n(23),
      byRegion: REGION_KEYS.filter((region) => region !== 'OTHER').map((region) => ({
        region,
        participants: n(region === 'DORTMUND' ? 15 : region === 'OLPE' ? 8 : 0),
      })),
      bySide: [
        { side: 'DORTMUND', participants: n(15) },
        { side: 'SUEDWESTFALEN', participants: n(8) },
      ],
      decisions: n(7),
      decisionsByMilestone: [
        { status: 'NONE', decisions: n(4) },
        { status: 'DONE', decisions: n(3) },
        { status: 'OPEN', decisions: n(0) },
        { status: 'OVERDUE', decisions: n(0) },
      ],
    },
    regionContext: {
      commuters: [
        {
          kind: 'COMMUTERS',
          year: 2023,
          fromRegion: 'MAERKISCHER_KREIS',
          toRegion: 'DORTMUND',
          value: n(8500),
          source: 'IT.NRW, Pendlerrechnung',
          illustrative: true,
        },
      ],
      employees: [{ kind: 'EMPLOYEES', year: 2023, fromRegion: null, toRegion: 'DORTMUND', value: n(260000), source: 'IT.NRW', illustrative: false }],
    },
    ...overrides,
  };
}

export const dashboardData = (overrides: Partial<Dashboard> = {}): DashboardQuery => ({
  dashboard: dashboardNode(overrides),
  topicFields: topicFieldsData().topicFields.map(({ key, title }) => ({ key, title })),
});

/** A period with nothing in it (the public context figures remain). */
export function emptyDashboard(): DashboardQuery {
  const base = dashboardNode();
  const zero = (): KpiCountFieldsFragment => ({ value: 0, suppressed: false, protection: null });
  return dashboardData({
    organisations: { ...base.organisations, total: zero(), members: zero(), newInPeriod: zero() },
    skills: { ...base.skills, published: zero(), open: zero(), filled: zero() },
    connections: { ...base.connections, requests: zero(), accepted: zero() },
    workbench: { ...base.workbench, bookings: zero() },
  });
}

type Reply = Awaited<ReturnType<Parameters<typeof fakeGraphQL>[0]>>;
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export const official = (roles: PlatformRole[] = ['OFFICIAL']) => meData({ name: 'Demo Oberbürgermeister', roles });

/** A fake API: the mayor (OFFICIAL) is signed in and the dashboard answers, unless `handlers` say otherwise. */
export function dashboardServer(handlers: Record<string, Handler> = {}) {
  const defaults: Record<string, Handler> = {
    Me: () => ({ data: official() }),
    Dashboard: () => ({ data: dashboardData() }),
    TopicFields: () => ({ data: topicFieldsData() }),
  };
  return fakeGraphQL((request) => {
    const name = operationName(request) ?? '';
    const handler = handlers[name] ?? defaults[name];
    return handler ? handler(request) : { errors: [{ message: `unexpected operation ${name}`, extensions: { code: 'TEST_UNEXPECTED' } }] };
  });
}
