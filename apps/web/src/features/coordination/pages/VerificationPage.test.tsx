import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, fakeGraphQL, operationName, renderWithProviders, apiError, requestsOf } from '../../../test/utils';
import { connection } from '../../../test/fixtures';
import { queueNode, viewer, type QueueNode } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

describe('VerificationPage', () => {
  it('verifies an organisation from the queue and announces it', async () => {
    const user = userEvent.setup();
    let pending: QueueNode[] = [{ ...queueNode(1), name: 'Neue Werkstatt GmbH' }];
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'UnverifiedOrganisations':
          return { data: { organisations: connection(pending) } };
        case 'VerifyOrganisation':
          pending = [];
          return { data: { verifyOrganisation: { id: 'org-1', verified: true } } };
        default:
          return { data: viewer() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    const table = await screen.findByRole('table', { name: '1 Organisation wartet auf die Prüfung' });
    expect(screen.getByText('1 von 1 angezeigt')).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'Als geprüft markieren' }));
    const status = await screen.findByText('„Neue Werkstatt GmbH“ ist geprüft und erscheint jetzt im Verzeichnis.');
    expect(status.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(status);
    expect(await screen.findByText('Es gibt keine Organisationen zu prüfen.')).toBeTruthy();
    expect(requestsOf(requests, 'VerifyOrganisation')[0]?.variables).toEqual({ id: 'org-1' });
  });

  it('says why verifying failed, as an alert', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'UnverifiedOrganisations':
          return { data: { organisations: connection([queueNode(1)]) } };
        case 'VerifyOrganisation':
          return apiError(ErrorCodes.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.');
        default:
          return { data: viewer() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    await user.click(await screen.findByRole('button', { name: 'Als geprüft markieren' }));
    const alert = await screen.findByText('Die Organisation konnte nicht als geprüft markiert werden. Dafür fehlt Ihnen die Berechtigung.');
    expect(alert.getAttribute('role')).toBe('alert');
  });

  it('loads the queue 20 at a time with "Weitere laden" and "x von y"', async () => {
    const user = userEvent.setup();
    const all = Array.from({ length: 27 }, (_, index) => queueNode(index + 1));
    const { requests } = fakeGraphQL((request) => {
      if (operationName(request) !== 'UnverifiedOrganisations') return { data: viewer() };
      return request.variables.after
        ? { data: { organisations: connection(all.slice(20), { totalCount: 27 }) } }
        : { data: { organisations: connection(all.slice(0, 20), { totalCount: 27, hasNextPage: true }) } };
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    const table = await screen.findByRole('table', { name: '27 Organisationen warten auf die Prüfung' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByText('20 von 27 angezeigt')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(28));
    const shown = screen.getByText('27 von 27 angezeigt');
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();
    expect(document.activeElement).toBe(shown);
    expect(requestsOf(requests, 'UnverifiedOrganisations').map((request) => request.variables)).toEqual([
      { first: 20, after: null },
      { first: 20, after: 'org-20' },
    ]);
  });
});
