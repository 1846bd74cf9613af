import type { TFunction } from 'i18next';
import type { DashboardQuery, RegionKey, Side, TopicFieldKey } from '../../gql/graphql';
import { REGION_KEYS } from '../../lib/enums';
import { count, plain, rate, share, text, type Cell, type DataSet } from './dataset';

export type DashboardData = DashboardQuery['dashboard'];

/** Labels the builders need: the translation function and the topic fields' titles. */
export interface Labels {
  t: TFunction;
  topicField: (key: TopicFieldKey) => string;
}

/** Where a chart is drawn, and which columns it plots. */
export interface ChartSpec {
  series: readonly string[];
  /** Bars side by side per row ("grouped"), or stacked. */
  stacked?: boolean;
  /** Horizontal bars: for long row names. */
  horizontal?: boolean;
}

export interface Figure {
  dataset: DataSet;
  chart?: ChartSpec;
  note?: string;
}

export const region = (labels: Labels, key: RegionKey) => labels.t(`enums.region.${key}`);
const side = (labels: Labels, key: Side | null) => (key ? labels.t(`enums.side.${key}`) : labels.t('dashboard.organisations.sideOther'));

type OrgFigures = Pick<DashboardData['organisations'], 'total' | 'members' | 'newInPeriod'>;
const ORG_SERIES = ['total', 'members', 'newInPeriod'] as const;

function orgColumns(labels: Labels, first: { key: string; label: string }[]) {
  const { t } = labels;
  return [
    ...first,
    { key: 'total', label: t('dashboard.organisations.registered') },
    { key: 'members', label: t('dashboard.organisations.memberCount') },
    { key: 'newInPeriod', label: t('dashboard.organisations.newCount') },
  ];
}

const orgCells = (row: OrgFigures): Cell[] => [count(row.total), count(row.members), count(row.newInPeriod)];

export function organisationFigures(data: Pick<DashboardData, 'organisations'>, labels: Labels): Figure[] {
  const { t } = labels;
  const panel = data.organisations;
  return [
    {
      dataset: {
        fileStem: 'organisationen-regionen',
        caption: t('dashboard.organisations.byRegion'),
        columns: orgColumns(labels, [
          { key: 'region', label: t('dashboard.organisations.region') },
          { key: 'side', label: t('dashboard.organisations.side') },
        ]),
        rows: panel.byRegion.map((row) => ({
          key: row.region,
          cells: [text(region(labels, row.region)), text(side(labels, row.side ?? null)), ...orgCells(row)],
        })),
      },
      chart: { series: ORG_SERIES },
    },
    {
      dataset: {
        fileStem: 'organisationen-seiten',
        caption: t('dashboard.organisations.bySide'),
        columns: orgColumns(labels, [{ key: 'side', label: t('dashboard.organisations.side') }]),
        rows: panel.bySide.map((row) => ({ key: row.side ?? 'OTHER', cells: [text(side(labels, row.side ?? null)), ...orgCells(row)] })),
      },
    },
    {
      dataset: {
        fileStem: 'organisationen-arten',
        caption: t('dashboard.organisations.byKind'),
        columns: orgColumns(labels, [{ key: 'kind', label: t('dashboard.organisations.kind') }]),
        rows: panel.byKind.map((row) => ({ key: row.kind, cells: [text(t(`enums.organisationKind.${row.kind}`)), ...orgCells(row)] })),
      },
      chart: { series: ORG_SERIES, horizontal: true },
    },
  ];
}

type NeedFigures = Pick<DashboardData['skills'], 'published' | 'open' | 'filled'>;

function needColumns(labels: Labels, first: { key: string; label: string }) {
  const { t } = labels;
  return [
    first,
    { key: 'open', label: t('dashboard.skills.openCount') },
    { key: 'filled', label: t('dashboard.skills.filledCount') },
    { key: 'published', label: t('dashboard.skills.publishedCount') },
  ];
}

const needCells = (row: NeedFigures): Cell[] => [count(row.open), count(row.filled), count(row.published)];

export function skillFigures(data: DashboardData, labels: Labels): Figure[] {
  const { t } = labels;
  const panel = data.skills;
  return [
    {
      dataset: {
        fileStem: 'bedarfe-themenfelder',
        caption: t('dashboard.skills.byTopicField'),
        columns: needColumns(labels, { key: 'topicField', label: t('dashboard.skills.topicField') }),
        rows: panel.byTopicField.map((row) => ({ key: row.topicField, cells: [text(labels.topicField(row.topicField)), ...needCells(row)] })),
      },
      chart: { series: ['open', 'filled'], stacked: true, horizontal: true },
    },
    {
      dataset: {
        fileStem: 'bedarfe-kategorien',
        caption: t('dashboard.skills.byCategory'),
        columns: needColumns(labels, { key: 'category', label: t('dashboard.skills.category') }),
        rows: panel.byCategory.map((row) => ({
          key: row.category,
          cells: [text(t(`matchmaking.skillCategory.${row.category}`)), ...needCells(row)],
        })),
      },
      chart: { series: ['open', 'filled'], stacked: true, horizontal: true },
    },
    {
      dataset: {
        fileStem: 'skill-luecken',
        caption: t('dashboard.skills.gaps'),
        columns: [
          { key: 'skill', label: t('dashboard.skills.skill') },
          { key: 'demand', label: t('dashboard.skills.demand') },
          { key: 'supply', label: t('dashboard.skills.supply') },
          { key: 'gap', label: t('dashboard.skills.gap') },
        ],
        rows: panel.largestGaps.map((row) => ({
          key: row.skill.id,
          cells: [text(row.skill.label), count(row.demand), count(row.supply), count(row.gap)],
        })),
      },
      chart: { series: ['demand', 'supply'], horizontal: true },
      note: t('dashboard.skills.gapsNote'),
    },
  ];
}

const SUEDWESTFALEN = REGION_KEYS.filter((key) => key !== 'DORTMUND' && key !== 'OTHER');

/** Rows: region of the need; columns: region of the offer; each cell one measure of the flow. */
export function flowMatrix(data: Pick<DashboardData, 'connections'>, labels: Labels, measure: 'requests' | 'accepted'): DataSet {
  const { t } = labels;
  const flows = new Map(data.connections.flows.map((flow) => [`${flow.needRegion}>${flow.offerRegion}`, flow]));
  const empty: Cell = text(t('dashboard.kpi.none'));
  return {
    fileStem: measure === 'requests' ? 'verbindungen-matrix' : 'verbindungen-matrix-angenommen',
    caption: t(measure === 'requests' ? 'dashboard.connections.matrixRequests' : 'dashboard.connections.matrixAccepted'),
    columns: [
      { key: 'needRegion', label: t('dashboard.connections.matrixCorner') },
      ...REGION_KEYS.map((key) => ({ key, label: region(labels, key) })),
    ],
    rows: REGION_KEYS.map((need) => ({
      key: need,
      cells: [
        text(region(labels, need)),
        ...REGION_KEYS.map((offer) => {
          const flow = flows.get(`${need}>${offer}`);
          return flow ? count(flow[measure]) : empty;
        }),
      ],
    })),
  };
}

export function connectionFigures(data: Pick<DashboardData, 'connections'>, labels: Labels): Figure[] {
  const { t } = labels;
  const flows = data.connections.flows;
  const find = (need: RegionKey, offer: RegionKey) => flows.find((flow) => flow.needRegion === need && flow.offerRegion === offer);
  const zero = { value: 0, suppressed: false };
  return [
    {
      dataset: {
        fileStem: 'verbindungen',
        caption: t('dashboard.connections.crossChart'),
        columns: [
          { key: 'district', label: t('dashboard.connections.district') },
          { key: 'fromDortmund', label: t('dashboard.connections.dortmundNeeds') },
          { key: 'fromDortmundAccepted', label: t('dashboard.connections.dortmundNeedsAccepted') },
          { key: 'toDortmund', label: t('dashboard.connections.districtNeeds') },
          { key: 'toDortmundAccepted', label: t('dashboard.connections.districtNeedsAccepted') },
        ],
        rows: SUEDWESTFALEN.map((district) => {
          const out = find('DORTMUND', district);
          const back = find(district, 'DORTMUND');
          return {
            key: district,
            cells: [
              text(region(labels, district)),
              count(out?.requests ?? zero),
              count(out?.accepted ?? zero),
              count(back?.requests ?? zero),
              count(back?.accepted ?? zero),
            ],
          };
        }),
      },
      chart: { series: ['fromDortmund', 'toDortmund'] },
    },
    { dataset: flowMatrix(data, labels, 'requests'), note: t('dashboard.connections.matrixHint') },
    { dataset: flowMatrix(data, labels, 'accepted'), note: t('dashboard.connections.matrixHint') },
  ];
}

type WorkbenchFigures = Pick<DashboardData['workbench'], 'bookings' | 'attended' | 'noShows' | 'cancelled' | 'utilisation' | 'noShowRate'>;

function workbenchColumns(labels: Labels, first: { key: string; label: string }) {
  const { t } = labels;
  return [
    first,
    { key: 'bookings', label: t('dashboard.workbench.bookings') },
    { key: 'attended', label: t('dashboard.workbench.attended') },
    { key: 'noShows', label: t('dashboard.workbench.noShows') },
    { key: 'cancelled', label: t('dashboard.workbench.cancelled') },
    { key: 'utilisation', label: t('dashboard.workbench.utilisation') },
    { key: 'noShowRate', label: t('dashboard.workbench.noShowRate') },
  ];
}

const workbenchCells = (row: WorkbenchFigures): Cell[] => [
  count(row.bookings),
  count(row.attended),
  count(row.noShows),
  count(row.cancelled),
  rate(row.utilisation),
  rate(row.noShowRate),
];

export function workbenchFigures(data: DashboardData, labels: Labels): Figure[] {
  const { t } = labels;
  const panel = data.workbench;
  return [
    {
      dataset: {
        fileStem: 'werkbank-themenfelder',
        caption: t('dashboard.workbench.byTopicField'),
        columns: workbenchColumns(labels, { key: 'topicField', label: t('dashboard.workbench.topicField') }),
        rows: panel.byTopicField.map((row) => ({ key: row.topicField, cells: [text(labels.topicField(row.topicField)), ...workbenchCells(row)] })),
      },
      chart: { series: ['bookings', 'attended', 'noShows'], horizontal: true },
    },
    {
      dataset: {
        fileStem: 'werkbank-organisationen',
        caption: t('dashboard.workbench.byOrganisation'),
        columns: workbenchColumns(labels, { key: 'organisation', label: t('dashboard.workbench.organisation') }),
        rows: panel.byOrganisation.map((row) => ({ key: row.organisationId, cells: [text(row.organisationName), ...workbenchCells(row)] })),
      },
    },
  ];
}

export function topicFieldFigures(data: Pick<DashboardData, 'topicFields'>, labels: Labels): Figure[] {
  const { t } = labels;
  const fields = data.topicFields.fields;
  const first = { key: 'topicField', label: t('dashboard.topicFields.topicField') };
  return [
    {
      dataset: {
        fileStem: 'themenfelder-projekte',
        caption: t('dashboard.topicFields.projects'),
        columns: [
          first,
          { key: 'planned', label: t('dashboard.topicFields.planned') },
          { key: 'active', label: t('dashboard.topicFields.active') },
          { key: 'completed', label: t('dashboard.topicFields.completed') },
          { key: 'paused', label: t('dashboard.topicFields.paused') },
          { key: 'progress', label: t('dashboard.topicFields.progress') },
        ],
        rows: fields.map((row) => ({
          key: row.topicField,
          cells: [
            text(labels.topicField(row.topicField)),
            plain(row.projectsPlanned),
            plain(row.projectsActive),
            plain(row.projectsCompleted),
            plain(row.projectsPaused),
            share(row.progress),
          ],
        })),
      },
      chart: { series: ['planned', 'active', 'completed', 'paused'], stacked: true, horizontal: true },
    },
    {
      dataset: {
        fileStem: 'themenfelder-meilensteine',
        caption: t('dashboard.topicFields.milestones'),
        columns: [
          first,
          { key: 'done', label: t('dashboard.topicFields.done') },
          { key: 'due', label: t('dashboard.topicFields.due') },
          { key: 'overdue', label: t('dashboard.topicFields.overdue') },
        ],
        rows: fields.map((row) => ({
          key: row.topicField,
          cells: [text(labels.topicField(row.topicField)), plain(row.milestonesDone), plain(row.milestonesDue), plain(row.milestonesOverdue)],
        })),
      },
      chart: { series: ['done', 'due', 'overdue'], stacked: true, horizontal: true },
    },
    {
      dataset: {
        fileStem: 'projekte-beteiligung-regionen',
        caption: t('dashboard.topicFields.participation'),
        columns: [
          { key: 'region', label: t('dashboard.organisations.region') },
          { key: 'side', label: t('dashboard.organisations.side') },
          { key: 'organisations', label: t('dashboard.topicFields.participants') },
          { key: 'crossSide', label: t('dashboard.topicFields.crossSide') },
        ],
        rows: data.topicFields.participation.map((row) => ({
          key: row.region,
          cells: [text(region(labels, row.region)), text(side(labels, row.side ?? null)), count(row.organisations), count(row.crossSide)],
        })),
      },
      chart: { series: ['organisations', 'crossSide'] },
    },
  ];
}

/** Desk days in co-working places by the place's region (one table, rows adding up to the panel's total). */
export function coworkingFigures(data: Pick<DashboardData, 'coworking'>, labels: Labels): Figure[] {
  const { t } = labels;
  return [
    {
      dataset: {
        fileStem: 'coworking-regionen',
        caption: t('dashboard.coworking.byRegion'),
        columns: [
          { key: 'region', label: t('dashboard.organisations.region') },
          { key: 'deskDays', label: t('dashboard.coworking.deskDays') },
        ],
        rows: data.coworking.byRegion.map((row) => ({ key: row.region, cells: [text(region(labels, row.region)), count(row.deskDays)] })),
      },
      chart: { series: ['deskDays'], horizontal: true },
    },
  ];
}
