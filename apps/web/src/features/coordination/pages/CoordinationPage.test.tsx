import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../app/AppRoutes';
import type { AuditEventsQuery, UnverifiedOrganisationsQuery } from '../../../gql/graphql';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';

type Node = UnverifiedOrganisationsQuery['organisations']['edges'][number]['node'];

const queue = (nodes: Node[]): UnverifiedOrganisationsQuery => ({
  organisations: {
    totalCount: nodes.length,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ cursor: node.id, node })),
  },
});

const newOrganisation: Node = {
  id: 'org-new',
  name: 'Neue Werkstatt GmbH',
  kind: 'COMPANY',
  website: null,
  municipality: { id: 'mun-1', name: 'Lüdenscheid' },
};

function auditPage(from: number, count: number, hasNextPage: boolean): AuditEventsQuery {
  return {
    auditEvents: {
      totalCount: 30,
      pageInfo: { hasNextPage, endCursor: `c${from + count - 1}` },
      edges: Array.from({ length: count }, (_, index) => ({
        cursor: `c${from + index}`,
        node: {
          id: `e${from + index}`,
          occurredAt: '2026-01-15T08:30:00Z',
          action: index === 0 && from === 0 ? 'organisation.verified' : 'session.opened',
          entityType: 'Organisation',
          entityId: `id-${from + index}`,
          actorUserId: index % 2 === 0 ? 'user-1' : null,
          actingOrganisationId: null,
          changes: '{"verified":true}',
        },
      })),
    },
  };
}

const coordinator = () => meData({ name: 'Gabi Geschäftsstelle', roles: ['COORDINATOR'] });

describe('CoordinationPage', () => {
  it('shows "no access" with a sign-in link to signed-out visitors', async () => {
    fakeGraphQL(() => ({ data: { me: null } }));
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    expect(await screen.findByText('Kein Zugang')).toBeTruthy();
    expect(screen.getByRole('main').textContent).toContain('Bitte melden Sie sich an.');
  });

  it('other roles get no access and no header entry', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL(() => ({ data: meData({ roles: ['ADVISOR'] }) }));
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    expect(await screen.findByText('Dieser Bereich ist nur für die Geschäftsstelle und die Administration.')).toBeTruthy();
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: /Anna Beispiel/ }));
    expect(within(banner).queryByRole('link', { name: 'Geschäftsstelle' })).toBeNull();
    expect(requests.some((request) => operationName(request) === 'AuditEvents')).toBe(false);
  });

  it('coordinators see the entry in the header menu', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) => (operationName(request) === 'Me' ? { data: coordinator() } : { data: topicFieldsData() }));
    renderWithProviders(<AppRoutes />);
    const banner = screen.getByRole('banner');
    await user.click(await within(banner).findByRole('button', { name: /Gabi Geschäftsstelle/ }));
    expect(within(banner).getByRole('link', { name: 'Geschäftsstelle' }).getAttribute('href')).toBe('/geschaeftsstelle');
  });

  it('verifies an organisation from the queue', async () => {
    const user = userEvent.setup();
    let pending = [newOrganisation];
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'UnverifiedOrganisations':
          return { data: queue(pending) };
        case 'VerifyOrganisation':
          pending = [];
          return { data: { verifyOrganisation: { id: 'org-new', verified: true } } };
        case 'AuditEvents':
          return { data: auditPage(0, 1, false) };
        default:
          return { data: coordinator() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    const table = await screen.findByRole('table', { name: '1 Organisation wartet auf die Prüfung' });
    await user.click(within(table).getByRole('button', { name: 'Als geprüft markieren' }));
    const status = await screen.findByText('„Neue Werkstatt GmbH“ ist geprüft und erscheint jetzt im Verzeichnis.');
    expect(document.activeElement).toBe(status);
    expect(await screen.findByText('Es gibt keine Organisationen zu prüfen.')).toBeTruthy();
    expect(requests.find((request) => operationName(request) === 'VerifyOrganisation')?.variables).toEqual({ id: 'org-new' });
  });

  it('lists the audit log with "Weitere laden", the action filter and the CSV link', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'UnverifiedOrganisations':
          return { data: queue([]) };
        case 'AuditEvents':
          return { data: request.variables.after ? auditPage(25, 5, false) : auditPage(0, 25, true) };
        default:
          return { data: coordinator() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    const table = await screen.findByRole('table', { name: 'Protokolleinträge' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('organisation.verified');
    expect(table.textContent).toContain('15.01.2026, 09:30');
    expect(screen.getByText('25 von 30 Einträgen angezeigt')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(31));
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();

    expect(screen.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href')).toBe('/audit/export.csv');
    await user.type(screen.getByLabelText('Aktion'), 'password.');
    await user.click(screen.getByRole('button', { name: 'Filtern' }));
    await waitFor(() =>
      expect(requests.some((request) => operationName(request) === 'AuditEvents' && JSON.stringify(request.variables.filter) === '{"action":"password."}')).toBe(true),
    );
    expect(screen.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href')).toBe('/audit/export.csv?action=password.');
  });
});
