import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { municipalitiesByRegionData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, renderWithProviders, type RecordedRequest } from '../../../test/utils';
import { SignUpPage } from './SignUpPage';
import { ErrorCodes } from '../../../lib/error-codes';

type Reply = Awaited<ReturnType<Parameters<typeof fakeGraphQL>[0]>>;

function renderSignUp(onSignUp: (request: RecordedRequest) => Reply) {
  const fake = fakeGraphQL((request) => (operationName(request) === 'SignUp' ? onSignUp(request) : { data: municipalitiesByRegionData() }));
  renderWithProviders(
    <Routes>
      <Route path="/registrieren" element={<SignUpPage />} />
    </Routes>,
    { route: '/registrieren' },
  );
  return fake;
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Ihr Name'), 'Anna Beispiel');
  await user.type(screen.getByLabelText('E-Mail-Adresse'), 'anna@beispiel.de');
  await user.type(screen.getByLabelText('Passwort'), 'Ein langer Satz mit Pferd');
  await user.type(screen.getByLabelText('Name der Organisation'), 'Beispiel GmbH');
  await user.selectOptions(screen.getByLabelText('Art der Organisation'), 'Beratung');
  await waitFor(() => expect((screen.getByLabelText('Sitz (Stadt oder Gemeinde)') as HTMLSelectElement).disabled).toBe(false));
  await user.selectOptions(screen.getByLabelText('Sitz (Stadt oder Gemeinde)'), 'Lüdenscheid');
  await user.type(screen.getByLabelText(/Website/), 'www.beispiel.de');
}

const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('SignUpPage', () => {
  it('offers the four self-service kinds, municipalities grouped by region, autocomplete and the password rules', async () => {
    renderSignUp(() => ({ data: { signUp: { email: 'x' } } }));
    const kind = screen.getByLabelText('Art der Organisation');
    expect(
      within(kind)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bitte wählen', 'Unternehmen', 'Forschung', 'Beratung', 'Bildung']);
    const municipality = screen.getByLabelText('Sitz (Stadt oder Gemeinde)');
    await waitFor(() => expect(municipality.querySelectorAll('optgroup')).toHaveLength(2));
    expect([...municipality.querySelectorAll('optgroup')].map((group) => group.label)).toEqual(['Dortmund', 'Märkischer Kreis']);
    expect(screen.getByLabelText('Ihr Name').getAttribute('autocomplete')).toBe('name');
    expect(screen.getByLabelText('E-Mail-Adresse').getAttribute('autocomplete')).toBe('email');
    expect(screen.getByLabelText('Name der Organisation').getAttribute('autocomplete')).toBe('organization');
    const password = screen.getByLabelText('Passwort');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(describedText(password)).toContain('mindestens 12 und höchstens 256 Zeichen');
    expect(describedText(password)).toContain('ohne Ihren Namen und ohne Ihre E-Mail-Adresse');
    expect((screen.getByLabelText('Sprache') as HTMLSelectElement).value).toBe('de');
    expect(screen.getByLabelText(/Website/).hasAttribute('required')).toBe(false);
    expect(screen.getByLabelText('Ihr Name').hasAttribute('required')).toBe(true);
  });

  it('validates on submit: inline errors, aria-invalid, summary, focus on the first invalid field', async () => {
    const user = userEvent.setup();
    const { requests } = renderSignUp(() => ({ data: { signUp: { email: 'x' } } }));
    await user.type(screen.getByLabelText('E-Mail-Adresse'), 'anna@');
    await user.type(screen.getByLabelText('Passwort'), 'zu kurz');
    await user.click(screen.getByRole('button', { name: 'Registrieren' }));

    const name = screen.getByLabelText('Ihr Name');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(name)).toContain('Bitte geben Sie Ihren Namen ein.');
    expect(describedText(screen.getByLabelText('E-Mail-Adresse'))).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein');
    expect(describedText(screen.getByLabelText('Passwort'))).toContain('mindestens 12 Zeichen lang sein');
    expect(describedText(screen.getByLabelText('Art der Organisation'))).toContain('Bitte wählen Sie die Art');
    expect(screen.getByLabelText(/Website/).getAttribute('aria-invalid')).toBeNull();
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(within(summary).getAllByRole('link')).toHaveLength(6);
    expect(requests.some((request) => operationName(request) === 'SignUp')).toBe(false);
  });

  it('maps the server password problems to inline messages and focuses the summary', async () => {
    const user = userEvent.setup();
    renderSignUp(() => ({
      errors: [
        {
          message: 'Das Passwort ist nicht sicher genug: …',
          extensions: { code: ErrorCodes.BAD_USER_INPUT, field: 'password', problems: ['COMMON', 'CONTAINS_EMAIL_OR_NAME'] },
        },
      ],
    }));
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Registrieren' }));

    const password = screen.getByLabelText('Passwort');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(password)).toContain('Dieses Passwort ist zu verbreitet');
    expect(describedText(password)).toContain('Das Passwort darf weder Ihre E-Mail-Adresse noch Ihren Namen enthalten.');
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
  });

  it('maps constraint errors to their fields', async () => {
    const user = userEvent.setup();
    renderSignUp(() => ({
      errors: [
        {
          message: 'Ungültige Eingabe in: email, organisation.website.',
          extensions: {
            code: ErrorCodes.BAD_USER_INPUT,
            fields: [
              { field: 'email', constraints: ['isEmail'] },
              { field: 'organisation.website', constraints: ['isUrl'] },
            ],
          },
        },
      ],
    }));
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Registrieren' }));
    await waitFor(() => expect(screen.getByLabelText('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText(/Website/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Passwort').getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the input and shows the check-your-mail state', async () => {
    const user = userEvent.setup();
    const { requests } = renderSignUp(() => ({ data: { signUp: { email: 'anna@beispiel.de' } } }));
    await fillValidForm(user);
    await user.selectOptions(screen.getByLabelText('Sprache'), 'English');
    await user.click(screen.getByRole('button', { name: 'Registrieren' }));

    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Bitte prüfen Sie Ihr Postfach');
    expect(status.textContent).toContain('Wir haben Ihnen eine E-Mail an anna@beispiel.de geschickt.');
    expect(document.activeElement).toBe(status);
    expect(screen.queryByRole('button', { name: 'Registrieren' })).toBeNull();
    expect(requests.find((request) => operationName(request) === 'SignUp')?.variables).toEqual({
      input: {
        name: 'Anna Beispiel',
        email: 'anna@beispiel.de',
        password: 'Ein langer Satz mit Pferd',
        locale: 'en',
        organisation: { name: 'Beispiel GmbH', kind: 'ADVISORY', municipalityId: 'mun-ls', website: 'https://www.beispiel.de' },
      },
    });
  });

  it('shows other failures as an alert with the server message', async () => {
    const user = userEvent.setup();
    renderSignUp(() => ({ errors: [{ message: 'Interner Fehler.', extensions: { code: ErrorCodes.INTERNAL_SERVER_ERROR } }] }));
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Registrieren' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Registrierung hat nicht geklappt.');
    expect(alert.textContent).toContain('Interner Fehler.');
  });
});
