import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

describe('VerifyEmailPage', () => {
  it('sends the token once and links to the sign-in on success', async () => {
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'VerifyEmail' ? { data: { verifyEmail: true } } : { data: { me: null } },
    );
    renderWithProviders(<AppRoutes />, { route: '/konto/bestaetigen?token=abc123' });
    expect(await screen.findByText('Ihre E-Mail-Adresse ist bestätigt.')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Zur Anmeldung' })[0]!.getAttribute('href')).toBe('/anmelden');
    const verifications = requests.filter((request) => operationName(request) === 'VerifyEmail');
    expect(verifications.map((request) => request.variables)).toEqual([{ token: 'abc123' }]);
  });

  it('explains an invalid or used token', async () => {
    fakeGraphQL((request) =>
      operationName(request) === 'VerifyEmail'
        ? { errors: [{ message: 'Dieser Link ist ungültig …', extensions: { code: ErrorCodes.INVALID_TOKEN } }] }
        : { data: { me: null } },
    );
    renderWithProviders(<AppRoutes />, { route: '/konto/bestaetigen?token=used' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dieser Bestätigungslink ist ungültig.');
    expect(alert.textContent).toContain('abgelaufen oder wurde schon benutzt');
  });

  it('does not call the API without a token', async () => {
    const { requests } = fakeGraphQL(() => ({ data: { me: null } }));
    renderWithProviders(<AppRoutes />, { route: '/konto/bestaetigen' });
    expect((await screen.findByRole('alert')).textContent).toContain('fehlt der Bestätigungscode');
    expect(requests.some((request) => operationName(request) === 'VerifyEmail')).toBe(false);
  });
});
