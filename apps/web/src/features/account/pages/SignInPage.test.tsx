import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders, type RecordedRequest } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

type Handler = Parameters<typeof fakeGraphQL>[0];

/** A server that is signed out until signIn succeeds; `onSignIn` decides the sign-in answer. */
function fakeServer(onSignIn: (request: RecordedRequest) => ReturnType<Handler>) {
  let signedIn = false;
  return fakeGraphQL(async (request) => {
    switch (operationName(request)) {
      case 'Me':
        return { data: signedIn ? meData() : { me: null } };
      case 'SignIn': {
        const reply = await onSignIn(request);
        if ('data' in reply) signedIn = true;
        return reply;
      }
      case 'TopicFields':
        return { data: topicFieldsData() };
      default:
        return { data: { mySessions: [] } };
    }
  });
}

const signInOk = () => ({ data: { signIn: meData().me } });

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText('E-Mail-Adresse'), email);
  if (password) await user.type(screen.getByLabelText('Passwort'), password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  return user;
}

describe('SignInPage', () => {
  it('has labelled fields with autocomplete and a link to the registration', async () => {
    fakeServer(signInOk);
    renderWithProviders(<AppRoutes />, { route: '/anmelden' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Anmelden');
    expect(screen.getByLabelText('E-Mail-Adresse').getAttribute('autocomplete')).toBe('email');
    expect(screen.getByLabelText('Passwort').getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('link', { name: 'Jetzt registrieren' }).getAttribute('href')).toBe('/registrieren');
    // The header offers "Anmelden" as the current page once it knows nobody is signed in.
    const banner = screen.getByRole('banner');
    expect((await within(banner).findByRole('link', { name: 'Anmelden' })).getAttribute('aria-current')).toBe('page');
  });

  it('shows required-field errors inline and in the summary, marks the fields invalid and focuses the first', async () => {
    const { requests } = fakeServer(signInOk);
    renderWithProviders(<AppRoutes />, { route: '/anmelden' });
    await fillAndSubmit('', '');

    const email = screen.getByLabelText('E-Mail-Adresse');
    const password = screen.getByLabelText('Passwort');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const emailError = document.getElementById(email.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(emailError?.textContent).toContain('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    expect(document.activeElement).toBe(email);
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(
      within(summary)
        .getByRole('link', { name: /Passwort: Bitte geben Sie Ihr Passwort ein\./ })
        .getAttribute('href'),
    ).toBe(`#${password.id}`);
    expect(requests.some((request) => operationName(request) === 'SignIn')).toBe(false);
  });

  it('shows the server message for wrong credentials as a focused alert', async () => {
    fakeServer(() => ({
      errors: [{ message: 'E-Mail-Adresse oder Passwort ist falsch.', extensions: { code: ErrorCodes.INVALID_CREDENTIALS } }],
    }));
    renderWithProviders(<AppRoutes />, { route: '/anmelden' });
    await fillAndSubmit('anna@beispiel.de', 'falsches-passwort');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Anmeldung hat nicht geklappt.');
    expect(alert.textContent).toContain('E-Mail-Adresse oder Passwort ist falsch.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('tells how many minutes to wait when throttled', async () => {
    fakeServer(() => ({
      errors: [{ message: 'Zu viele …', extensions: { code: ErrorCodes.SIGN_IN_THROTTLED, retryAfterSeconds: 840 } }],
    }));
    renderWithProviders(<AppRoutes />, { route: '/anmelden' });
    await fillAndSubmit('anna@beispiel.de', 'falsches-passwort');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 14 Minuten und versuchen Sie es dann erneut.',
    );
  });

  it('signs in, goes to the safe weiter path and shows the name in the header', async () => {
    const { requests } = fakeServer(signInOk);
    const { container } = renderWithProviders(<AppRoutes />, { route: '/anmelden?weiter=%2Forganisationen%3Fregion%3Dsoest' });
    await fillAndSubmit('  anna@beispiel.de ', 'Ein langer Satz mit Pferd');
    await waitFor(() => expect(currentLocation(container)).toBe('/organisationen?region=soest'));
    expect(await within(screen.getByRole('banner')).findByRole('button', { name: /Anna Beispiel/ })).toBeTruthy();
    const signIn = requests.find((request) => operationName(request) === 'SignIn');
    expect(signIn?.variables).toEqual({ input: { email: 'anna@beispiel.de', password: 'Ein langer Satz mit Pferd' } });
  });

  it('ignores a weiter parameter pointing to another site and goes home', async () => {
    fakeServer(signInOk);
    const { container } = renderWithProviders(<AppRoutes />, { route: '/anmelden?weiter=//evil.example/phish' });
    await fillAndSubmit('anna@beispiel.de', 'Ein langer Satz mit Pferd');
    await waitFor(() => expect(currentLocation(container)).toBe('/'));
  });
});
