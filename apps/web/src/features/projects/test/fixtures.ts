import type { MyOrganisationsQuery, ProjectWorkspaceQuery } from '../../../gql/graphql';
import { ownFiguresData } from '../../../test/fixtures';

type Project = ProjectWorkspaceQuery['project'];
type MyOrganisation = MyOrganisationsQuery['myOrganisations'][number];

/** The AI initiative's workspace as its lead (Fraunhofer, example) sees it, with one verified partner. */
export function workspace(overrides: Partial<Project> = {}): ProjectWorkspaceQuery {
  return {
    project: {
      id: 'project-ki',
      slug: 'ki-initiative',
      title: 'KI-Initiative Südwestfalen–Dortmund',
      description: 'Unternehmen entwickeln gemeinsam KI-Anwendungen.',
      goal: 'Zehn Pilotanwendungen in der Region.',
      status: 'ACTIVE',
      approval: 'APPROVED',
      startsOn: '2026-01-01',
      endsOn: null,
      regions: ['DORTMUND', 'SIEGEN_WITTGENSTEIN'],
      openForParticipants: true,
      progress: 0,
      viewerIsLead: true,
      milestonePunctuality: { onTime: 0, late: 0, open: 0 },
      topicField: { key: 'IT_COMPETENCE', title: 'IT-Kompetenz' },
      participants: [
        { role: 'LEAD', organisation: { id: 'org-lead', name: 'Fraunhofer-Institut (Beispiel)', verified: true } },
        { role: 'PARTNER', organisation: { id: 'org-velkamp', name: 'Velkamp Intralogistik GmbH', verified: true } },
        { role: 'EXPERT', organisation: { id: 'org-new', name: 'Neue Werkstatt GmbH', verified: false } },
      ],
      milestones: [],
      updates: [],
      history: [],
      applications: [],
      ...overrides,
    },
  };
}

export function myOrganisation(id: string, name: string, overrides: Partial<MyOrganisation> = {}): MyOrganisation {
  return { id, name, verified: true, myRole: 'MEMBER', members: [], invitations: [], ownFigures: ownFiguresData(), ...overrides };
}
