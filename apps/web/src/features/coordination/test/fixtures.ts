import type { AuditEventsQuery, OfficeFieldsFragment, PeopleQuery, PlatformRole, UnverifiedOrganisationsQuery } from '../../../gql/graphql';
import { meData } from '../../../test/fixtures';

export type PersonNode = PeopleQuery['people']['edges'][number]['node'];
export type QueueNode = UnverifiedOrganisationsQuery['organisations']['edges'][number]['node'];
export type AuditNode = AuditEventsQuery['auditEvents']['edges'][number]['node'];

export const viewer = (roles: PlatformRole[] = ['COORDINATOR']) => meData({ id: 'viewer-1', name: 'Gabi Geschäftsstelle', roles });

export function person(overrides: Partial<PersonNode> = {}): PersonNode {
  return {
    id: 'user-vera',
    name: 'Vera Velkamp',
    email: 'velkamp@demo.example.org',
    emailVerified: true,
    grantedRoles: [],
    offices: [],
    memberships: [{ organisationId: 'org-velkamp', organisationName: 'Velkamp Intralogistik GmbH', role: 'OWNER' }],
    ...overrides,
  };
}

export function queueNode(index: number): QueueNode {
  return { id: `org-${index}`, name: `Werkstatt ${index} GmbH`, kind: 'COMPANY', website: null, municipality: { id: 'mun-1', name: 'Lüdenscheid' } };
}

export function auditNode(index: number, overrides: Partial<AuditNode> = {}): AuditNode {
  return {
    id: `e${index}`,
    occurredAt: '2026-01-15T08:30:00Z',
    action: 'session.opened',
    entityType: 'Session',
    entityId: `id-${index}`,
    actorUserId: null,
    actingOrganisationId: null,
    changes: '{}',
    ...overrides,
  };
}

export function office(overrides: Partial<OfficeFieldsFragment> = {}): OfficeFieldsFragment {
  const holder = { userId: 'user-ob', holderName: 'Demo Oberbürgermeister', startedAt: '2025-11-01T09:00:00Z', endedAt: null };
  return {
    id: 'office-ob',
    organisationId: 'org-dortmund',
    organisationName: 'Stadt Dortmund',
    title: 'Oberbürgermeister Dortmund',
    role: 'OFFICIAL',
    holder,
    history: [
      holder,
      { userId: 'user-old', holderName: 'Frühere Amtsinhaberin', startedAt: '2020-11-01T09:00:00Z', endedAt: '2025-10-31T23:00:00Z' },
    ],
    ...overrides,
  };
}
