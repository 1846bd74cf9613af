import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meData, mySessionsData, topicFieldsData } from '../../../test/fixtures';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';

describe('SessionsPage', () => {
  it('redirects to the sign-in with weiter when signed out', async () => {
    fakeGraphQL((request) =>
      operationName(request) === 'MySessions'
        ? { errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: ErrorCodes.UNAUTHENTICATED } }] }
        : { data: { me: null } },
    );
    const { container } = renderWithProviders(<AppRoutes />, { route: '/konto/sitzungen' });
    await waitFor(() => expect(currentLocation(container)).toBe('/anmelden?weiter=%2Fkonto%2Fsitzungen'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Anmelden');
  });

  it('lists the sessions in Europe/Berlin time with the current one marked, and revokes after confirmation', async () => {
    const user = userEvent.setup();
    let sessions = mySessionsData();
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'MySessions':
          return { data: sessions };
        case 'RevokeSession':
          sessions = { mySessions: sessions.mySessions.filter((session) => session.id !== request.variables.id) };
          return { data: { revokeSession: true } };
        default:
          return { data: meData() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/konto/sitzungen' });

    const list = await screen.findByRole('list', { name: 'Angemeldete Browser' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { level: 2 }).textContent).toBe('Chrome 130 unter Linux');
    expect(items[0]!.textContent).toContain('Diese Sitzung');
    // 08:30 UTC in January is 09:30 in Berlin (CET), 22:10 UTC in July is 00:10 on the next day (CEST).
    expect(items[0]!.textContent).toContain('15.01.2026, 09:30');
    expect(items[1]!.textContent).toContain('02.07.2026, 00:10');
    expect(within(items[0]!).queryByRole('button')).toBeNull();

    await user.click(within(items[1]!).getByRole('button', { name: 'Sitzung beenden' }));
    expect(items[1]!.textContent).toContain('Sitzung „Firefox 133 unter Windows“ wirklich beenden?');
    const confirm = within(items[1]!).getByRole('button', { name: 'Ja, beenden' });
    expect(document.activeElement).toBe(confirm);
    await user.click(within(items[1]!).getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(within(items[1]!).getByRole('button', { name: 'Sitzung beenden' }));

    await user.click(within(items[1]!).getByRole('button', { name: 'Sitzung beenden' }));
    await user.click(within(items[1]!).getByRole('button', { name: 'Ja, beenden' }));
    expect((await screen.findByRole('status')).textContent).toBe('Die Sitzung „Firefox 133 unter Windows“ wurde beendet.');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(requests.find((request) => operationName(request) === 'RevokeSession')?.variables).toEqual({ id: 'session-other' });
  });
});

describe('header account menu', () => {
  it('shows the name with Meine Sitzungen and Abmelden; signing out resets to "Anmelden"', async () => {
    const user = userEvent.setup();
    let signedIn = true;
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'Me':
          return { data: signedIn ? meData() : { me: null } };
        case 'SignOut':
          signedIn = false;
          return { data: { signOut: true } };
        default:
          return { data: topicFieldsData() };
      }
    });
    renderWithProviders(<AppRoutes />);
    const banner = screen.getByRole('banner');
    const toggle = await within(banner).findByRole('button', { name: 'Angemeldet als Anna Beispiel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(banner).getByRole('link', { name: 'Meine Sitzungen' }).getAttribute('href')).toBe('/konto/sitzungen');

    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    await user.click(toggle);
    await user.click(within(banner).getByRole('button', { name: 'Abmelden' }));
    expect(await within(banner).findByRole('link', { name: 'Anmelden' })).toBeTruthy();
    expect(requests.filter((request) => operationName(request) === 'Me').length).toBeGreaterThanOrEqual(2);
  });

  it('signing out on a private page leads to the sign-in, returning there afterwards', async () => {
    const user = userEvent.setup();
    let signedIn = true;
    fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'Me':
          return { data: signedIn ? meData() : { me: null } };
        case 'MySessions':
          return signedIn
            ? { data: mySessionsData() }
            : { errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: ErrorCodes.UNAUTHENTICATED } }] };
        case 'SignOut':
          signedIn = false;
          return { data: { signOut: true } };
        default:
          return { data: topicFieldsData() };
      }
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/konto/sitzungen' });
    await screen.findByRole('list', { name: 'Angemeldete Browser' });
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: /Anna Beispiel/ }));
    await user.click(within(banner).getByRole('button', { name: 'Abmelden' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/anmelden?weiter=%2Fkonto%2Fsitzungen'));
    expect(await within(banner).findByRole('link', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Angemeldete Browser' })).toBeNull();
  });
});
