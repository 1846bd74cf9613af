import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meData } from '../../../test/fixtures';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders, isShellRequest } from '../../../test/utils';
import { advisorServer } from '../test/fixtures';

const AREA_ROUTES = [
  '/werkbank/beratung',
  '/werkbank/beratung/verfuegbarkeit',
  '/werkbank/beratung/kalender',
  '/werkbank/beratung/kennzahlen',
  '/werkbank/beratung/formate/neu',
];

describe('AdvisorLayout', () => {
  it.each(AREA_ROUTES)('%s: signed-out visitors are sent to sign in and back here', async (route) => {
    const { requests } = fakeGraphQL(() => ({ data: { me: null } }));
    const { container } = renderWithProviders(<AppRoutes />, { route });
    // The area's pages are loaded lazily: the first test waits for the chunk.
    await waitFor(() => expect(currentLocation(container)).toBe(`/anmelden?weiter=${encodeURIComponent(route)}`), { timeout: 5000 });
    expect(requests.every(isShellRequest)).toBe(true);
  });

  it.each(AREA_ROUTES)('%s: other signed-in people learn that the area is for advisors only, without area requests', async (route) => {
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'Me' ? { data: meData({ roles: ['COORDINATOR'] }) } : { errors: [{ message: 'unexpected' }] },
    );
    renderWithProviders(<AppRoutes />, { route });
    expect(await screen.findByText('Nur für Beraterinnen und Berater')).toBeTruthy();
    expect(screen.getByRole('main').textContent).toContain('nur für Personen mit der Rolle Berater/in');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Zur digitalen Werkbank' }).getAttribute('href')).toBe('/werkbank');
    expect(screen.queryByRole('navigation', { name: 'Bereiche der Beratung' })).toBeNull();
    expect(requests.every(isShellRequest)).toBe(true);
  });

  it('shows an error with retry when the person cannot be loaded', async () => {
    const user = userEvent.setup();
    let fail = true;
    advisorServer({ Me: () => (fail ? { networkError: true } : { data: meData({ roles: ['ADVISOR'] }) }) });
    renderWithProviders(<AppRoutes />, { route: '/werkbank/beratung' });
    expect(await screen.findByText('Keine Verbindung zum Server. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('navigation', { name: 'Bereiche der Beratung' })).toBeTruthy();
  });

  it('has a sub-navigation marking the current section; each page sets its title', async () => {
    const user = userEvent.setup();
    advisorServer();
    renderWithProviders(<AppRoutes />, { route: '/werkbank/beratung' });
    const nav = await screen.findByRole('navigation', { name: 'Bereiche der Beratung' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Formate', '/werkbank/beratung'],
      ['Verfügbarkeit', '/werkbank/beratung/verfuegbarkeit'],
      ['Kalender', '/werkbank/beratung/kalender'],
      ['Kennzahlen', '/werkbank/beratung/kennzahlen'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Formate' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.title).toBe('Formate – Beratungsbereich – Wirtschaftsinitiative Westfalen'));

    await user.click(within(nav).getByRole('link', { name: 'Verfügbarkeit' }));
    expect(await screen.findByRole('heading', { name: 'Wöchentliche Zeiten' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Verfügbarkeit' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Formate' }).getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Verfügbarkeit – Beratungsbereich – Wirtschaftsinitiative Westfalen'));

    // The format form belongs to "Formate".
    await user.click(within(nav).getByRole('link', { name: 'Formate' }));
    await user.click(await screen.findByRole('link', { name: 'Neues Format' }));
    expect(await screen.findByRole('heading', { name: 'Neues Format', level: 2 })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Formate' }).getAttribute('aria-current')).toBe('page');
  });

  it('says so for an unknown page of the area', async () => {
    advisorServer();
    renderWithProviders(<AppRoutes />, { route: '/werkbank/beratung/gibt-es-nicht' });
    expect(await screen.findByText('Diese Seite gibt es im Beratungsbereich nicht.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zu meinen Formaten' }).getAttribute('href')).toBe('/werkbank/beratung');
  });

  it('advisors find the area in the account menu', async () => {
    const user = userEvent.setup();
    advisorServer();
    renderWithProviders(<AppRoutes />, { route: '/' });
    const banner = screen.getByRole('banner');
    await user.click(await within(banner).findByRole('button', { name: /Ben Berater/ }));
    await user.click(within(banner).getByRole('link', { name: 'Beratungsbereich' }));
    expect(await screen.findByRole('heading', { name: 'Meine Formate' })).toBeTruthy();
  });
});
