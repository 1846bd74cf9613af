import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../app/AppRoutes';
import { renderWithProviders } from '../../../test/utils';
import { advisorServer, apiError, requestsOf } from '../test/fixtures';

const ROUTE = '/werkbank/beratung/kalender';
const URL = 'https://portal.example.org/kalender/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0d2FsZG8.ics';

const panel = () => screen.getByRole('region', { name: 'Kalender-Abo' });

describe('CalendarFeedPanel', { timeout: 15_000 }, () => {
  it('creates the secret address, shows it once and copies it', async () => {
    const user = userEvent.setup();
    let active = false;
    const { requests } = advisorServer({
      AdvisorCalendarFeed: () => ({ data: { myCalendarFeed: { active, createdAt: active ? '2026-11-22T10:00:00Z' : null } } }),
      AdvisorRegenerateCalendarFeed: () => {
        active = true;
        return { data: { regenerateCalendarFeed: { url: URL, createdAt: '2026-11-22T10:00:00Z' } } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Sie haben zurzeit kein Kalender-Abo.', {}, { timeout: 5000 })).toBeTruthy();
    await user.click(within(panel()).getByRole('button', { name: 'Abo-Adresse erzeugen' }));
    const address = (await within(panel()).findByLabelText('Ihre Abo-Adresse')) as HTMLInputElement;
    expect(address.value).toBe(URL);
    expect(address.readOnly).toBe(true);
    expect(document.activeElement).toBe(address);
    expect(within(panel()).getByText('Die Abo-Adresse ist erzeugt.').getAttribute('role')).toBe('status');
    expect(requestsOf(requests, 'AdvisorRegenerateCalendarFeed')).toHaveLength(1);
    await waitFor(() => expect(within(panel()).getByText(/Ihr Kalender-Abo ist aktiv/)).toBeTruthy());

    await user.click(within(panel()).getByRole('button', { name: 'Adresse kopieren' }));
    expect(await within(panel()).findByText('Die Adresse ist in der Zwischenablage.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(URL);
  });

  it('asks before renewing or ending an active subscription', async () => {
    const user = userEvent.setup();
    let active = true;
    const { requests } = advisorServer({
      AdvisorCalendarFeed: () => ({ data: { myCalendarFeed: { active, createdAt: active ? '2026-11-22T10:00:00Z' : null } } }),
      AdvisorRevokeCalendarFeed: () => {
        active = false;
        return { data: { revokeCalendarFeed: true } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Ihr Kalender-Abo ist aktiv (Adresse erzeugt am 22.11.2026, 11:00).')).toBeTruthy();

    await user.click(within(panel()).getByRole('button', { name: 'Neue Adresse erzeugen' }));
    expect(document.activeElement).toBe(within(panel()).getByRole('button', { name: 'Ja, neue Adresse' }));
    expect(within(panel()).getByText(/Die bisherige Adresse funktioniert dann nicht mehr/)).toBeTruthy();
    await user.click(within(panel()).getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(within(panel()).getByRole('button', { name: 'Neue Adresse erzeugen' }));

    await user.click(within(panel()).getByRole('button', { name: 'Abo beenden' }));
    await user.click(within(panel()).getByRole('button', { name: 'Ja, beenden' }));
    const status = await within(panel()).findByText('Ihr Kalender-Abo ist beendet.');
    expect(document.activeElement).toBe(status);
    expect(requestsOf(requests, 'AdvisorRevokeCalendarFeed')).toHaveLength(1);
    expect(await within(panel()).findByRole('button', { name: 'Abo-Adresse erzeugen' })).toBeTruthy();
  });

  it('shows when the subscription cannot be loaded or changed', async () => {
    const user = userEvent.setup();
    let fail = true;
    advisorServer({
      AdvisorCalendarFeed: () => (fail ? { networkError: true } : { data: { myCalendarFeed: { active: false, createdAt: null } } }),
      AdvisorRegenerateCalendarFeed: () => apiError('RATE_LIMITED', 'Zu viele Anfragen.'),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Das Kalender-Abo konnte nicht geladen werden.')).toBeTruthy();
    fail = false;
    await user.click(within(panel()).getByRole('button', { name: 'Erneut versuchen' }));
    await user.click(await within(panel()).findByRole('button', { name: 'Abo-Adresse erzeugen' }));
    const alert = await within(panel()).findByText('Das hat nicht geklappt. Zu viele Anfragen.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(within(panel()).queryByLabelText('Ihre Abo-Adresse')).toBeNull();
  });
});
