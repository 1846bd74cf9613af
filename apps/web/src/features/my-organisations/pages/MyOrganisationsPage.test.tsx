import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../app/AppRoutes';
import type { MyOrganisationsQuery } from '../../../gql/graphql';
import { meData } from '../../../test/fixtures';
import { currentLocation, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';

const organisationsData = (myRole: 'OWNER' | 'MEMBER' = 'OWNER'): MyOrganisationsQuery => ({
  myOrganisations: [
    {
      id: 'org-1',
      name: 'Velkamp Metall GmbH',
      verified: false,
      myRole,
      members: [
        { userId: 'user-1', name: 'Anna Beispiel', email: 'anna@beispiel.de', role: 'OWNER', since: '2026-01-15T08:30:00Z' },
        { userId: 'user-2', name: 'Ben Muster', email: 'ben@beispiel.de', role: 'MEMBER', since: '2026-02-01T08:30:00Z' },
      ],
      invitations:
        myRole === 'OWNER' ? [{ id: 'inv-1', email: 'cem@beispiel.de', role: 'MEMBER', expiresAt: '2026-03-01T11:00:00Z' }] : [],
    },
  ],
});

describe('MyOrganisationsPage', () => {
  it('sends signed-out visitors to the sign-in', async () => {
    fakeGraphQL((request) =>
      operationName(request) === 'MyOrganisations'
        ? { errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: 'UNAUTHENTICATED' } }] }
        : { data: { me: null } },
    );
    const { container } = renderWithProviders(<AppRoutes />, { route: '/konto/organisation' });
    await waitFor(() => expect(currentLocation(container)).toBe('/anmelden?weiter=%2Fkonto%2Forganisation'));
  });

  it('lists members and invitations; owners invite and remove after confirmation', async () => {
    const user = userEvent.setup();
    let data = organisationsData();
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'MyOrganisations':
          return { data };
        case 'InviteMember':
          return { data: { inviteMember: true } };
        case 'RemoveMember': {
          const [organisation] = data.myOrganisations;
          data = { myOrganisations: [{ ...organisation!, members: organisation!.members.filter((m) => m.userId !== request.variables.userId) }] };
          return { data: { removeMember: true } };
        }
        default:
          return { data: meData() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/konto/organisation' });
    const members = await screen.findByRole('table', { name: 'Mitglieder von Velkamp Metall GmbH' });
    expect(within(members).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('noch nicht geprüft')).toBeTruthy();
    const invitations = screen.getByRole('table', { name: 'Offene Einladungen von Velkamp Metall GmbH' });
    expect(invitations.textContent).toContain('cem@beispiel.de');
    expect(invitations.textContent).toContain('01.03.2026, 12:00');

    // Own row has no remove button.
    const [, annaRow, benRow] = within(members).getAllByRole('row');
    expect(within(annaRow!).queryByRole('button')).toBeNull();
    await user.click(within(benRow!).getByRole('button', { name: 'Entfernen' }));
    expect(benRow!.textContent).toContain('Ben Muster wirklich aus der Organisation entfernen?');
    expect(document.activeElement).toBe(within(benRow!).getByRole('button', { name: 'Ja, entfernen' }));
    await user.click(within(benRow!).getByRole('button', { name: 'Ja, entfernen' }));
    expect((await screen.findByText('Ben Muster wurde aus der Organisation entfernt.')).getAttribute('role')).toBe('status');
    await waitFor(() => expect(within(members).getAllByRole('row')).toHaveLength(2));
    expect(requests.find((request) => operationName(request) === 'RemoveMember')?.variables).toEqual({ organisationId: 'org-1', userId: 'user-2' });

    const email = screen.getByRole('textbox', { name: 'E-Mail-Adresse' });
    await user.click(screen.getByRole('button', { name: 'Einladung senden' }));
    expect(document.activeElement).toBe(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await user.type(email, 'dora@beispiel.de');
    await user.selectOptions(screen.getByLabelText('Rolle'), 'OWNER');
    await user.click(screen.getByRole('button', { name: 'Einladung senden' }));
    expect(await screen.findByText('Die Einladung an dora@beispiel.de ist verschickt.')).toBeTruthy();
    expect(requests.find((request) => operationName(request) === 'InviteMember')?.variables).toEqual({
      input: { organisationId: 'org-1', email: 'dora@beispiel.de', role: 'OWNER', locale: 'de' },
    });
  });

  it('shows the server message when the last owner cannot be removed', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'MyOrganisations':
          return { data: organisationsData() };
        case 'RemoveMember':
          return { errors: [{ message: 'Die letzte Inhaberin kann nicht entfernt werden.', extensions: { code: 'LAST_OWNER' } }] };
        default:
          return { data: meData({ id: 'someone-else' }) };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/konto/organisation' });
    const members = await screen.findByRole('table', { name: 'Mitglieder von Velkamp Metall GmbH' });
    const annaRow = within(members).getAllByRole('row')[1]!;
    await user.click(within(annaRow).getByRole('button', { name: 'Entfernen' }));
    await user.click(within(annaRow).getByRole('button', { name: 'Ja, entfernen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die letzte Inhaberin kann nicht entfernt werden.');
    expect(document.activeElement).toBe(alert);
  });

  it('members see no invite form and no remove buttons', async () => {
    fakeGraphQL((request) => (operationName(request) === 'MyOrganisations' ? { data: organisationsData('MEMBER') } : { data: meData() }));
    renderWithProviders(<AppRoutes />, { route: '/konto/organisation' });
    await screen.findByRole('table', { name: 'Mitglieder von Velkamp Metall GmbH' });
    expect(screen.queryByRole('button', { name: 'Entfernen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Einladung senden' })).toBeNull();
  });
});
