import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meData } from '../../../test/fixtures';
import { AppRoutes, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

describe('InvitationPage', () => {
  it('says so when the token is missing', () => {
    fakeGraphQL(() => ({ data: { me: null } }));
    renderWithProviders(<AppRoutes />, { route: '/konto/einladung' });
    expect(screen.getByRole('alert').textContent).toContain('Dem Link fehlt der Code.');
  });

  it('signed in: accepts the invitation on request', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'AcceptInvitation' ? { data: { acceptInvitation: 'org-1' } } : { data: meData() },
    );
    renderWithProviders(<AppRoutes />, { route: '/konto/einladung?token=tok-1' });
    await user.click(await screen.findByRole('button', { name: 'Einladung annehmen' }));
    expect(await screen.findByText('Willkommen! Sie sind jetzt Mitglied der Organisation.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zu meinen Organisationen' }).getAttribute('href')).toBe('/konto/organisation');
    expect(requests.find((request) => operationName(request) === 'AcceptInvitation')?.variables).toEqual({ token: 'tok-1' });
  });

  it('signed in with another address: shows the server message and a hint', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) =>
      operationName(request) === 'AcceptInvitation'
        ? { errors: [{ message: 'Diese Einladung gilt für eine andere Adresse.', extensions: { code: ErrorCodes.INVITATION_FOR_OTHER_ADDRESS } }] }
        : { data: meData() },
    );
    renderWithProviders(<AppRoutes />, { route: '/konto/einladung?token=tok-1' });
    await user.click(await screen.findByRole('button', { name: 'Einladung annehmen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Diese Einladung gilt für eine andere Adresse.');
    expect(alert.textContent).toContain('Melden Sie sich ab');
  });

  it('signed out: creates the account and then links to the sign-in', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'SignUpWithInvitation' ? { data: { signUpWithInvitation: 'cem@beispiel.de' } } : { data: { me: null } },
    );
    renderWithProviders(<AppRoutes />, { route: '/konto/einladung?token=tok-2' });
    const name = await screen.findByLabelText('Ihr Name');
    expect(screen.getByRole('link', { name: 'Erst anmelden, dann annehmen' }).getAttribute('href')).toBe(
      '/anmelden?weiter=%2Fkonto%2Feinladung%3Ftoken%3Dtok-2',
    );
    await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(document.activeElement).toBe(name);
    expect(screen.getByLabelText('Passwort').getAttribute('aria-invalid')).toBe('true');

    await user.type(name, 'Cem Yilmaz');
    await user.type(screen.getByLabelText('Passwort'), 'Lenne Ruhr Sieg und Volme');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Melden Sie sich jetzt mit cem@beispiel.de');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' }).getAttribute('href')).toBe('/anmelden?weiter=%2Fkonto%2Forganisation');
    expect(requests.find((request) => operationName(request) === 'SignUpWithInvitation')?.variables).toEqual({
      input: { token: 'tok-2', name: 'Cem Yilmaz', password: 'Lenne Ruhr Sieg und Volme', locale: 'de' },
    });
  });
});
