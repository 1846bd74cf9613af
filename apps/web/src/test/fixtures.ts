import type {
  MeQuery,
  MunicipalitiesByRegionQuery,
  MyOrganisationsQuery,
  MySessionsQuery,
  OrganisationQuery,
  OrganisationsQuery,
  TopicFieldQuery,
  TopicFieldsQuery,
} from '../gql/graphql';

type OrganisationNode = OrganisationsQuery['organisations']['edges'][number]['node'];

export const topicFieldsData = (language: 'de' | 'en' = 'de'): TopicFieldsQuery => ({
  topicFields: [
    { key: 'NETWORKING', position: 1, title: language === 'de' ? 'Vernetzung' : 'Networking', goal: 'Goal 1', progress: 0.5, projectCount: 2 },
    {
      key: 'SKILLED_WORKERS',
      position: 2,
      title: language === 'de' ? 'Fachkräfte' : 'Skilled workers',
      goal: 'Goal 2',
      progress: 0.25,
      projectCount: 1,
    },
    { key: 'IT_COMPETENCE', position: 3, title: language === 'de' ? 'IT-Kompetenz' : 'IT competence', goal: 'Goal 3', progress: 0, projectCount: 0 },
    { key: 'RECOVERY', position: 4, title: language === 'de' ? 'Erholung' : 'Recovery', goal: 'Goal 4', progress: 1, projectCount: 1 },
    {
      key: 'INFRASTRUCTURE',
      position: 5,
      title: language === 'de' ? 'Infrastruktur' : 'Infrastructure',
      goal: 'Goal 5',
      progress: 0.333,
      projectCount: 3,
    },
  ],
});

export const topicFieldData = (): TopicFieldQuery => ({
  topicField: {
    key: 'IT_COMPETENCE',
    title: 'IT-Kompetenz',
    description: 'Digitale Kompetenzen in der Region stärken.',
    goal: 'Jede Kommune hat Zugang zu IT-Beratung.',
    progress: 0.5,
    projectCount: 1,
    projects: [
      {
        id: 'p1',
        slug: 'ki-werkstatt',
        title: 'KI-Werkstatt Südwestfalen',
        description: 'Praxisnahe Workshops.',
        status: 'ACTIVE',
        startsOn: '2025-03-01',
        progress: 0.5,
        lead: { id: 'org-lead', name: 'Fraunhofer-Institut (Beispiel)' },
        participants: [
          { role: 'LEAD', organisation: { id: 'org-lead', name: 'Fraunhofer-Institut (Beispiel)' } },
          { role: 'PILOT_USER', organisation: { id: 'org-partner', name: 'Muster Metall GmbH' } },
        ],
        milestones: [
          {
            id: 'm1',
            title: 'Auftaktveranstaltung',
            dueOn: '2025-03-31',
            doneAt: '2025-03-28T10:00:00Z',
            done: true,
            overdue: false,
            responsibleOrganisation: null,
            decision: null,
          },
          {
            id: 'm2',
            title: 'Pilotbetriebe gewinnen',
            dueOn: '2025-06-30',
            doneAt: null,
            done: false,
            overdue: true,
            responsibleOrganisation: null,
            decision: null,
          },
          {
            id: 'm3',
            title: 'Abschlussbericht',
            dueOn: '2027-12-31',
            doneAt: null,
            done: false,
            overdue: false,
            responsibleOrganisation: { id: 'org-partner', name: 'Muster Metall GmbH' },
            decision: { number: 2, decidedAt: '2027-03-10T10:00:00Z', meeting: { id: 'meeting-1', title: 'Lenkungsrunde IT-Kompetenz' } },
          },
        ],
      },
    ],
  },
});

export function organisationNode(index: number, overrides: Partial<OrganisationNode> = {}): OrganisationNode {
  return {
    id: `org-${index}`,
    name: `Organisation ${index}`,
    kind: 'COMPANY',
    isMember: false,
    isFictional: true,
    municipality: { id: 'mun-1', name: 'Lüdenscheid' },
    region: { key: 'MAERKISCHER_KREIS' },
    ...overrides,
  };
}

export function organisationsPage(
  nodes: OrganisationNode[],
  { totalCount = nodes.length, hasNextPage = false }: { totalCount?: number; hasNextPage?: boolean } = {},
): OrganisationsQuery {
  return {
    organisations: {
      totalCount,
      pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
      edges: nodes.map((node) => ({ cursor: node.id, node })),
    },
  };
}

export const organisationData = (): OrganisationQuery => ({
  organisation: {
    id: 'org-1',
    name: 'Muster Metall GmbH',
    shortName: 'MM',
    kind: 'COMPANY',
    isMember: true,
    isFictional: true,
    industry: 'Metallverarbeitung',
    sizeBand: 'MEDIUM',
    website: 'https://muster-metall.example',
    description: 'Ein fiktiver Zulieferer.',
    verified: true,
    municipality: { id: 'mun-1', name: 'Lüdenscheid' },
    region: { key: 'MAERKISCHER_KREIS', name: 'Märkischer Kreis', side: 'SUEDWESTFALEN', seat: 'Lüdenscheid' },
    participations: [
      {
        role: 'PARTNER',
        project: {
          id: 'p1',
          slug: 'ki-werkstatt',
          title: 'KI-Werkstatt Südwestfalen',
          status: 'ACTIVE',
          topicField: { key: 'IT_COMPETENCE', title: 'IT-Kompetenz' },
        },
      },
    ],
  },
});

export const meData = (overrides: Partial<NonNullable<MeQuery['me']>> = {}): MeQuery => ({
  me: {
    id: 'user-1',
    name: 'Anna Beispiel',
    email: 'anna@beispiel.de',
    locale: 'de',
    emailVerified: true,
    roles: [],
    ...overrides,
  },
});

export const municipalitiesByRegionData = (): MunicipalitiesByRegionQuery => ({
  regions: [
    { key: 'DORTMUND', name: 'Dortmund', municipalities: [{ id: 'mun-do', name: 'Dortmund' }] },
    {
      key: 'MAERKISCHER_KREIS',
      name: 'Märkischer Kreis',
      municipalities: [
        { id: 'mun-ls', name: 'Lüdenscheid' },
        { id: 'mun-is', name: 'Iserlohn' },
      ],
    },
    { key: 'OTHER', name: 'Sonstige Region', municipalities: [] },
  ],
});

export const mySessionsData = (): MySessionsQuery => ({
  mySessions: [
    {
      id: 'session-current',
      createdAt: '2026-01-15T08:30:00Z',
      lastSeenAt: '2026-01-15T09:45:00Z',
      expiresAt: '2026-01-15T20:30:00Z',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
      current: true,
    },
    {
      id: 'session-other',
      createdAt: '2026-07-01T22:10:00Z',
      lastSeenAt: '2026-07-02T06:00:00Z',
      expiresAt: '2026-07-02T10:10:00Z',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      current: false,
    },
  ],
});

/** A connection page of `nodes` (cursor = id), e.g. for people, the queue or the log. */
export function connection<T extends { id: string }>(nodes: readonly T[], { totalCount = nodes.length, hasNextPage = false } = {}) {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
    edges: nodes.map((node) => ({ cursor: node.id, node })),
  };
}

export type OwnFiguresData = MyOrganisationsQuery['myOrganisations'][number]['ownFigures'];

/** An organisation's own figures: all zero unless overridden. */
export const ownFiguresData = (overrides: Partial<OwnFiguresData> = {}): OwnFiguresData => ({
  needsOpen: 0,
  needsFilled: 0,
  offersOpen: 0,
  contactRequestsSent: 0,
  contactRequestsReceived: 0,
  contactsAccepted: 0,
  bookingsUpcoming: 0,
  bookingsAttended: 0,
  bookingsMissed: 0,
  ...overrides,
});
