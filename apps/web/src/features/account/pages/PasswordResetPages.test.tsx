import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

const signedOut = { data: { me: null } };

describe('ForgotPasswordPage', () => {
  it('is linked from the sign-in page', async () => {
    const user = userEvent.setup();
    fakeGraphQL(() => signedOut);
    const { container } = renderWithProviders(<AppRoutes />, { route: '/anmelden' });
    await user.click(screen.getByRole('link', { name: 'Passwort vergessen?' }));
    expect(currentLocation(container)).toBe('/passwort-vergessen');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Passwort vergessen');
  });

  it('checks the address, then always shows the same confirmation', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'RequestPasswordReset' ? { data: { requestPasswordReset: true } } : signedOut,
    );
    renderWithProviders(<AppRoutes />, { route: '/passwort-vergessen' });
    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
    const email = screen.getByLabelText('E-Mail-Adresse');
    expect(document.activeElement).toBe(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('-error');
    expect(requests.some((request) => operationName(request) === 'RequestPasswordReset')).toBe(false);

    await user.type(email, '  unbekannt@beispiel.de ');
    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Wenn es zu dieser Adresse ein Konto gibt');
    expect(document.activeElement).toBe(status);
    expect(requests.find((request) => operationName(request) === 'RequestPasswordReset')?.variables).toEqual({
      input: { email: 'unbekannt@beispiel.de' },
    });
  });
});

describe('ResetPasswordPage', () => {
  it('says so when the link has no token', () => {
    fakeGraphQL(() => signedOut);
    renderWithProviders(<AppRoutes />, { route: '/konto/passwort-zuruecksetzen' });
    expect(screen.getByRole('alert').textContent).toContain('Dem Link fehlt der Code.');
    expect(screen.getByRole('link', { name: 'Neuen Link anfordern' }).getAttribute('href')).toBe('/passwort-vergessen');
  });

  it('shows the rules, checks the length, shows server problems inline and ends with a sign-in link', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const { requests } = fakeGraphQL((request) => {
      if (operationName(request) !== 'ResetPassword') return signedOut;
      attempt += 1;
      return attempt === 1
        ? {
            errors: [
              {
                message: 'Das Passwort ist nicht sicher genug.',
                extensions: { code: ErrorCodes.BAD_USER_INPUT, field: 'password', problems: ['COMMON'] },
              },
            ],
          }
        : { data: { resetPassword: true } };
    });
    renderWithProviders(<AppRoutes />, { route: '/konto/passwort-zuruecksetzen?token=abc123' });
    const password = screen.getByLabelText('Neues Passwort');
    expect(screen.getByText('So muss Ihr Passwort sein:')).toBeTruthy();

    await user.type(password, 'zu kurz');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(document.activeElement).toBe(password);
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/mindestens 12 Zeichen lang sein/).length).toBeGreaterThan(0);

    await user.clear(password);
    await user.type(password, 'passwort1234567');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    const summary = await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' });
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    expect(screen.getAllByText(/zu verbreitet/).length).toBeGreaterThan(0);

    await user.clear(password);
    await user.type(password, 'Lenne Ruhr Sieg und Volme');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Ihr Passwort ist geändert.');
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' }).getAttribute('href')).toBe('/anmelden');
    expect(requests.filter((request) => operationName(request) === 'ResetPassword').at(-1)?.variables).toEqual({
      input: { token: 'abc123', password: 'Lenne Ruhr Sieg und Volme' },
    });
  });

  it('offers a new link when the token is invalid', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) =>
      operationName(request) === 'ResetPassword'
        ? { errors: [{ message: 'Der Link ist ungültig.', extensions: { code: ErrorCodes.INVALID_TOKEN } }] }
        : signedOut,
    );
    renderWithProviders(<AppRoutes />, { route: '/konto/passwort-zuruecksetzen?token=alt' });
    await user.type(screen.getByLabelText('Neues Passwort'), 'Lenne Ruhr Sieg und Volme');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dieser Link ist ungültig.');
    expect(document.activeElement).toBe(alert);
  });
});
