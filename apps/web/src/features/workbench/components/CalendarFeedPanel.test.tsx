import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/utils';
import { apiError, requestsOf } from '../test/fixtures';
import { workbenchServer } from '../test/server';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { ErrorCodes } from '../../../lib/error-codes';

const URL_1 = 'https://portal.example.org/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics';
const URL_2 = 'https://portal.example.org/calendar/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ics';

/** A feed on the fake server: regenerating hands out the next URL, revoking ends it. */
function feedServer(initial: { active: boolean; createdAt: string | null }) {
  let feed = initial;
  const urls = [URL_1, URL_2];
  return workbenchServer({
    MyCalendarFeed: () => ({ data: { myCalendarFeed: feed } }),
    RegenerateCalendarFeed: () => {
      feed = { active: true, createdAt: '2026-11-25T09:00:00.000Z' };
      return { data: { regenerateCalendarFeed: { url: urls.shift()!, createdAt: feed.createdAt } } };
    },
    RevokeCalendarFeed: () => {
      feed = { active: false, createdAt: null };
      return { data: { revokeCalendarFeed: true } };
    },
  });
}

describe('CalendarFeedPanel', () => {
  it('creates the secret address, shows it once, selected, and copies it', async () => {
    const user = userEvent.setup();
    feedServer({ active: false, createdAt: null });
    renderWithProviders(<CalendarFeedPanel />);
    expect(await screen.findByText('Sie haben noch kein Kalender-Abo.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Abo-Adresse erzeugen' }));

    const field = (await screen.findByLabelText('Ihre Abo-Adresse')) as HTMLInputElement;
    expect(field.value).toBe(URL_1);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(screen.getByText('Die Abo-Adresse ist erzeugt. Kopieren Sie sie jetzt – sie wird nur einmal angezeigt.').getAttribute('role')).toBe(
      'status',
    );
    expect(await screen.findByText('Das Abo ist aktiv (Adresse erzeugt am 25.11.2026, 10:00).')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Adresse kopieren' }));
    expect(await screen.findByText('Die Adresse ist in der Zwischenablage.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(URL_1);
  });

  it('replaces and ends an active subscription, each after asking', async () => {
    const user = userEvent.setup();
    const { requests } = feedServer({ active: true, createdAt: '2026-11-01T08:00:00.000Z' });
    renderWithProviders(<CalendarFeedPanel />);
    expect(await screen.findByText('Das Abo ist aktiv (Adresse erzeugt am 01.11.2026, 09:00).')).toBeTruthy();
    expect(screen.queryByLabelText('Ihre Abo-Adresse')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Neue Adresse erzeugen' }));
    const question = screen.getByRole('group', { name: 'Eine neue Abo-Adresse erzeugen?' });
    // "Abbrechen" returns to the button that asked.
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Neue Adresse erzeugen' }));
    expect(requestsOf(requests, 'RegenerateCalendarFeed')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Neue Adresse erzeugen' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Eine neue Abo-Adresse erzeugen?' })).getByRole('button', { name: 'Neue Adresse erzeugen' }),
    );
    expect(((await screen.findByLabelText('Ihre Abo-Adresse')) as HTMLInputElement).value).toBe(URL_1);

    await user.click(screen.getByRole('button', { name: 'Abo beenden' }));
    await user.click(within(screen.getByRole('group', { name: 'Das Kalender-Abo beenden?' })).getByRole('button', { name: 'Abo beenden' }));
    const done = await screen.findByText('Das Kalender-Abo ist beendet.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.queryByLabelText('Ihre Abo-Adresse')).toBeNull();
    expect(await screen.findByText('Sie haben noch kein Kalender-Abo.')).toBeTruthy();
  });

  it('shows loading errors with a retry and failed actions as an alert', async () => {
    const user = userEvent.setup();
    let broken = true;
    workbenchServer({
      MyCalendarFeed: () =>
        broken ? apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'Interner Fehler.') : { data: { myCalendarFeed: { active: false, createdAt: null } } },
      RegenerateCalendarFeed: () => ({ networkError: true }),
    });
    renderWithProviders(<CalendarFeedPanel />);
    const error = (await screen.findByText('Das Kalender-Abo konnte nicht geladen werden.')).closest<HTMLElement>('[role="alert"]')!;
    broken = false;
    await user.click(within(error).getByRole('button', { name: 'Erneut versuchen' }));
    await user.click(await screen.findByRole('button', { name: 'Abo-Adresse erzeugen' }));
    const alert = await screen.findByText(/^Das hat nicht geklappt\. Keine Verbindung zum Server/);
    expect(alert.getAttribute('role')).toBe('alert');
  });
});
