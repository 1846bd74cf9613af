import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyOrganisationsQuery } from '../../../gql/graphql';
import { meData, ownFiguresData } from '../../../test/fixtures';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

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
      invitations: myRole === 'OWNER' ? [{ id: 'inv-1', email: 'cem@beispiel.de', role: 'MEMBER', expiresAt: '2026-03-01T11:00:00Z' }] : [],
      ownFigures: ownFiguresData({
        needsOpen: 2,
        needsFilled: 1,
        offersOpen: 1,
        contactRequestsSent: 2,
        contactRequestsReceived: 2,
        contactsAccepted: 2,
        bookingsUpcoming: 1,
        bookingsAttended: 1,
      }),
    },
  ],
});

describe('MyOrganisationsPage', () => {
  it('sends signed-out visitors to the sign-in', async () => {
    fakeGraphQL((request) =>
      operationName(request) === 'MyOrganisations'
        ? { errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: ErrorCodes.UNAUTHENTICATED } }] }
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
          return { errors: [{ message: 'Die letzte Inhaberin kann nicht entfernt werden.', extensions: { code: ErrorCodes.LAST_OWNER } }] };
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

  it('shows each organisation its own figures, zeros included, with links to the own pages', async () => {
    const user = userEvent.setup();
    const [velkamp] = organisationsData('MEMBER').myOrganisations;
    const data: MyOrganisationsQuery = {
      myOrganisations: [
        velkamp!,
        { ...velkamp!, id: 'org-2', name: 'Hagener Bau AG', verified: true, members: [], ownFigures: ownFiguresData({ bookingsMissed: 1200 }) },
      ],
    };
    fakeGraphQL((request) => (operationName(request) === 'MyOrganisations' ? { data } : { data: meData() }));
    renderWithProviders(<AppRoutes />, { route: '/konto/organisation' });

    const figures = await screen.findByLabelText('Kennzahlen von Velkamp Metall GmbH');
    expect(screen.getAllByRole('heading', { level: 3, name: 'Kennzahlen' })).toHaveLength(2);
    const rows = Array.from(figures.querySelectorAll('.facts__row'), (row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Bedarfe', '2 offen · 1 besetzt – Zu „Meine Einträge“'],
      ['Angebote', '1 offen – Zu „Meine Einträge“'],
      ['Kontaktanfragen', '2 gesendet · 2 erhalten · 2 angenommen – Zu den Kontaktanfragen'],
      ['Beratungen der Werkbank', '1 anstehend · 1 wahrgenommen · 0 versäumt – Zu „Meine Termine“'],
    ]);
    expect(
      within(figures)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Zu „Meine Einträge“', '/boerse/meine'],
      ['Zu „Meine Einträge“', '/boerse/meine'],
      ['Zu den Kontaktanfragen', '/boerse/kontakte'],
      ['Zu „Meine Termine“', '/werkbank/termine'],
    ]);

    // Zeros are shown, not hidden; numbers are formatted.
    const other = screen.getByLabelText('Kennzahlen von Hagener Bau AG');
    expect(other.textContent).toContain('0 offen · 0 besetzt');
    expect(other.textContent).toContain('0 gesendet · 0 erhalten · 0 angenommen');
    expect(other.textContent).toContain('0 anstehend · 0 wahrgenommen · 1.200 versäumt');

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByLabelText('Figures of Velkamp Metall GmbH');
    expect(english.textContent).toContain('Needs2 open · 1 filled');
    expect(english.textContent).toContain('Workbench consultations1 upcoming · 1 attended · 0 missed');
    expect(within(english).getByRole('link', { name: 'To “My appointments”' }).getAttribute('href')).toBe('/werkbank/termine');
  });
});
