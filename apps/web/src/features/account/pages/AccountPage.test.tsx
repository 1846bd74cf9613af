import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

describe('AccountPage', () => {
  it('sends signed-out visitors to the sign-in, returning here afterwards', async () => {
    fakeGraphQL(() => ({ data: { me: null } }));
    const { container } = renderWithProviders(<AppRoutes />, { route: '/konto' });
    await waitFor(() => expect(currentLocation(container)).toBe('/anmelden?weiter=%2Fkonto'));
  });

  it('is linked as "Mein Konto" from the header menu', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) => (operationName(request) === 'Me' ? { data: meData() } : { data: topicFieldsData() }));
    const { container } = renderWithProviders(<AppRoutes />);
    const banner = screen.getByRole('banner');
    await user.click(await within(banner).findByRole('button', { name: /Anna Beispiel/ }));
    await user.click(within(banner).getByRole('link', { name: 'Mein Konto' }));
    expect(currentLocation(container)).toBe('/konto');
  });

  it('saves the profile; a new language switches the interface', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'UpdateMyProfile'
        ? { data: { updateMyProfile: { ...meData().me, ...(request.variables.input as object) } } }
        : { data: meData() },
    );
    renderWithProviders(<AppRoutes />, { route: '/konto' });
    const name = await screen.findByLabelText('Ihr Name');
    expect((name as HTMLInputElement).value).toBe('Anna Beispiel');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');

    await user.type(name, 'Anna Muster');
    await user.selectOptions(screen.getByLabelText('Sprache'), 'en');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(await screen.findByText('Your profile has been saved.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My account');
    expect(requests.find((request) => operationName(request) === 'UpdateMyProfile')?.variables).toEqual({
      input: { name: 'Anna Muster', locale: 'en' },
    });
  });

  it('changes the password and says how many other sessions were ended; a wrong current password shows inline', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    fakeGraphQL((request) => {
      if (operationName(request) !== 'ChangePassword') return { data: meData() };
      attempt += 1;
      return attempt === 1
        ? { errors: [{ message: 'Das aktuelle Passwort stimmt nicht.', extensions: { code: ErrorCodes.WRONG_PASSWORD } }] }
        : { data: { changePassword: 2 } };
    });
    renderWithProviders(<AppRoutes />, { route: '/konto' });
    const current = await screen.findByLabelText('Aktuelles Passwort');
    const next = screen.getByLabelText('Neues Passwort');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect(document.activeElement).toBe(current);

    await user.type(current, 'falsch-falsch');
    await user.type(next, 'Lenne Ruhr Sieg und Volme');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Das aktuelle Passwort stimmt nicht.').length).toBeGreaterThan(0);

    await user.clear(current);
    await user.type(current, 'Westfalen-Demo-2026!');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    const status = await screen.findByText('Ihr Passwort ist geändert. 2 andere Sitzungen wurden beendet.');
    expect(document.activeElement).toBe(status);
  });

  it('offers the data download and deletes the account only after warning and password', async () => {
    const user = userEvent.setup();
    let deleted = false;
    const { requests } = fakeGraphQL((request) => {
      if (operationName(request) === 'DeleteMyAccount') {
        if (request.variables.password !== 'richtig-richtig') {
          return { errors: [{ message: 'Das Passwort stimmt nicht.', extensions: { code: ErrorCodes.WRONG_PASSWORD } }] };
        }
        deleted = true;
        return { data: { deleteMyAccount: true } };
      }
      return { data: deleted ? { me: null } : meData() };
    });
    renderWithProviders(<AppRoutes />, { route: '/konto' });
    const download = await screen.findByRole('link', { name: 'Meine Daten herunterladen (JSON)' });
    expect(download.getAttribute('href')).toBe('/account/export.json');
    expect(screen.getByText(/Das Löschen kann nicht rückgängig gemacht werden/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    const password = screen.getByLabelText('Passwort');
    expect(document.activeElement).toBe(password);
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Konto löschen …' }));

    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    await user.type(screen.getByLabelText('Passwort'), 'falsch');
    await user.click(screen.getByRole('button', { name: 'Konto endgültig löschen' }));
    await waitFor(() => expect(screen.getByLabelText('Passwort').getAttribute('aria-invalid')).toBe('true'));

    await user.clear(screen.getByLabelText('Passwort'));
    await user.type(screen.getByLabelText('Passwort'), 'richtig-richtig');
    await user.click(screen.getByRole('button', { name: 'Konto endgültig löschen' }));
    expect(await screen.findByText('Ihr Konto ist gelöscht.')).toBeTruthy();
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Anmelden' })).toBeTruthy();
    expect(requests.filter((request) => operationName(request) === 'DeleteMyAccount')).toHaveLength(2);
  });
});
