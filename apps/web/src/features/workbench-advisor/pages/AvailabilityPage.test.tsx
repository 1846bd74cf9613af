import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, linkTexts, renderWithProviders } from '../../../test/utils';
import { advisorServer, apiError, availabilityData, fill, requestsOf, uuid } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/werkbank/beratung/verfuegbarkeit';

const rules = [
  { id: 'r1', weekday: 1, start: '09:00', end: '12:00' },
  { id: 'r2', weekday: 3, start: '14:00', end: '17:00' },
];

/** Echoes the rules it gets, with ids. */
const echoRules = (request: { variables: Record<string, unknown> }) => ({
  data: { setAvailabilityRules: (request.variables.input as { rules: object[] }).rules.map((rule, index) => ({ id: `n${index}`, ...rule })) },
});

const day = (name: string) => screen.getByRole('group', { name });

describe('AvailabilityPage – weekly hours', { timeout: 15_000 }, () => {
  it('shows the rules by weekday, adds and removes periods with focus where it belongs, and saves all at once', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({ AdvisorAvailability: () => ({ data: availabilityData({ rules }) }), AdvisorSetRules: echoRules });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByRole('heading', { name: 'Wöchentliche Zeiten' }, { timeout: 5000 });
    expect((within(day('Montag')).getByLabelText('Beginn (Montag, Zeitraum 1)') as HTMLInputElement).value).toBe('09:00');
    expect((within(day('Mittwoch')).getByLabelText('Ende (Mittwoch, Zeitraum 1)') as HTMLInputElement).value).toBe('17:00');
    expect(within(day('Dienstag')).getByText('Keine Zeiten')).toBeTruthy();

    await user.click(within(day('Dienstag')).getByRole('button', { name: 'Zeitraum hinzufügen am Dienstag' }));
    const start = within(day('Dienstag')).getByLabelText('Beginn (Dienstag, Zeitraum 1)');
    expect(document.activeElement).toBe(start);
    await fill(user, start, '8:30');
    await fill(user, within(day('Dienstag')).getByLabelText('Ende (Dienstag, Zeitraum 1)'), '10');
    expect(screen.getByText('Es gibt ungespeicherte Änderungen.')).toBeTruthy();

    await user.click(within(day('Mittwoch')).getByRole('button', { name: 'Entfernen Mittwoch, Zeitraum 1' }));
    expect(document.activeElement).toBe(within(day('Mittwoch')).getByRole('button', { name: 'Zeitraum hinzufügen am Mittwoch' }));

    await user.click(screen.getByRole('button', { name: 'Wöchentliche Zeiten speichern' }));
    const status = await screen.findByText('Ihre wöchentlichen Zeiten sind gespeichert.');
    expect(status.getAttribute('role')).toBe('status');
    expect(requestsOf(requests, 'AdvisorSetRules')[0]?.variables).toEqual({
      input: {
        rules: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 2, start: '08:30', end: '10:00' },
        ],
      },
    });
    // The normalised times are shown, and nothing is unsaved any more.
    expect((within(day('Dienstag')).getByLabelText('Beginn (Dienstag, Zeitraum 1)') as HTMLInputElement).value).toBe('08:30');
    expect(screen.queryByText('Es gibt ungespeicherte Änderungen.')).toBeNull();
  });

  it('checks times, order and overlaps before sending', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({ AdvisorAvailability: () => ({ data: availabilityData({ rules }) }), AdvisorSetRules: echoRules });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByRole('heading', { name: 'Wöchentliche Zeiten' });
    await user.click(within(day('Montag')).getByRole('button', { name: 'Zeitraum hinzufügen am Montag' }));
    await fill(user, within(day('Montag')).getByLabelText('Beginn (Montag, Zeitraum 2)'), '11:00');
    await fill(user, within(day('Montag')).getByLabelText('Ende (Montag, Zeitraum 2)'), '13:00');
    await user.click(within(day('Freitag')).getByRole('button', { name: 'Zeitraum hinzufügen am Freitag' }));
    await fill(user, within(day('Freitag')).getByLabelText('Beginn (Freitag, Zeitraum 1)'), '15:00');
    await fill(user, within(day('Freitag')).getByLabelText('Ende (Freitag, Zeitraum 1)'), '14:00');
    await user.click(screen.getByRole('button', { name: 'Wöchentliche Zeiten speichern' }));

    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(linkTexts(summary)).toEqual([
      'Montag, Zeitraum 1 – Beginn: Überschneidet sich mit 11:00–13:00 am selben Tag.',
      'Montag, Zeitraum 2 – Beginn: Überschneidet sich mit 09:00–12:00 am selben Tag.',
      'Freitag, Zeitraum 1 – Ende: Das Ende muss nach dem Beginn liegen.',
    ]);
    const end = within(day('Freitag')).getByLabelText('Ende (Freitag, Zeitraum 1)');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(summary).getByRole('link', { name: /Freitag/ }));
    expect(document.activeElement).toBe(end);
    expect(requestsOf(requests, 'AdvisorSetRules')).toHaveLength(0);
  });

  it("shows the server's problems in an alert", async () => {
    const user = userEvent.setup();
    advisorServer({
      AdvisorSetRules: () => ({
        errors: [
          {
            message: 'Die Zeiten passen nicht.',
            extensions: { code: ErrorCodes.AVAILABILITY_INVALID, problems: ['OVERLAPPING_RULES', 'SOMETHING_NEW'] },
          },
        ],
      }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Zeitraum hinzufügen am Samstag' }));
    await fill(user, screen.getByLabelText('Beginn (Samstag, Zeitraum 1)'), '10:00');
    await fill(user, screen.getByLabelText('Ende (Samstag, Zeitraum 1)'), '24:00');
    await user.click(screen.getByRole('button', { name: 'Wöchentliche Zeiten speichern' }));
    const alert = (await screen.findByText('Die Zeiten konnten nicht gespeichert werden.')).closest<HTMLElement>('[role="alert"]')!;
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toContain('Die Zeiten passen nicht.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Zeiträume desselben Tages überschneiden sich.', 'SOMETHING_NEW']);
  });

  it('shows loading, then an error with retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    advisorServer({ AdvisorAvailability: () => (fail ? { networkError: true } : { data: availabilityData() }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Ihre Verfügbarkeit wird geladen …')).toBeTruthy();
    expect(await screen.findByText('Ihre Verfügbarkeit konnte nicht geladen werden.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { name: 'Wöchentliche Zeiten' })).toBeTruthy();
    expect(screen.getByText('Ab heute sind keine Ausnahmen eingetragen.')).toBeTruthy();
  });
});

describe('AvailabilityPage – exceptions', { timeout: 15_000 }, () => {
  const exceptions = [
    { id: uuid(71), date: '2099-12-24', kind: 'ABSENCE' as const, start: null, end: null, note: 'Urlaub' },
    { id: uuid(72), date: '2099-12-28', kind: 'EXTRA' as const, start: '18:00', end: '20:00', note: null },
  ];

  it('lists the exceptions and adds a whole-day absence and extra hours', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({
      AdvisorAvailability: () => ({ data: availabilityData({ exceptions }) }),
      AdvisorAddException: (request) => ({
        data: { addAvailabilityException: { id: uuid(73), note: null, ...(request.variables.input as object) } },
      }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const list = await screen.findByRole('list', { name: 'Geplante Ausnahmen' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('p')?.textContent),
    ).toEqual(['Donnerstag, 24. Dezember 2099Abwesenheit, ganzer TagUrlaub', 'Montag, 28. Dezember 2099Zusätzliche Zeit, 18:00–20:00']);

    const form = screen.getByRole('form', { name: 'Ausnahme hinzufügen' });
    await user.click(within(form).getByRole('button', { name: 'Ausnahme hinzufügen' }));
    expect(linkTexts(form)).toEqual(['Tag: Bitte wählen Sie den Tag.']);

    await fill(user, within(form).getByLabelText('Tag'), '2099-12-31');
    await fill(user, within(form).getByLabelText(/^Notiz/), 'Silvester');
    expect(within(form).queryByLabelText('Von')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Ausnahme hinzufügen' }));
    expect(await screen.findByText('Die Ausnahme am Donnerstag, 31. Dezember 2099 ist eingetragen.')).toBeTruthy();
    expect(requestsOf(requests, 'AdvisorAddException')[0]?.variables).toEqual({
      input: { date: '2099-12-31', kind: 'ABSENCE', start: null, end: null, note: 'Silvester' },
    });
    expect((within(form).getByLabelText('Tag') as HTMLInputElement).value).toBe('');

    await fill(user, within(form).getByLabelText('Tag'), '2099-12-30');
    await user.click(within(form).getByRole('radio', { name: 'Zusätzliche Zeit' }));
    expect(within(form).queryByLabelText('Ganzer Tag')).toBeNull();
    await fill(user, within(form).getByLabelText('Von'), '17:00');
    await fill(user, within(form).getByLabelText('Bis'), '16:00');
    await user.click(within(form).getByRole('button', { name: 'Ausnahme hinzufügen' }));
    expect(linkTexts(form)).toEqual(['Bis: Das Ende muss nach dem Beginn liegen.']);
    await fill(user, within(form).getByLabelText('Bis'), '19:30');
    await user.click(within(form).getByRole('button', { name: 'Ausnahme hinzufügen' }));
    await waitFor(() => expect(requestsOf(requests, 'AdvisorAddException')).toHaveLength(2));
    expect(requestsOf(requests, 'AdvisorAddException')[1]?.variables).toEqual({
      input: { date: '2099-12-30', kind: 'EXTRA', start: '17:00', end: '19:30', note: null },
    });
  });

  it('adds a partial absence with times', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer({
      AdvisorAddException: (request) => ({
        data: { addAvailabilityException: { id: uuid(73), note: null, ...(request.variables.input as object) } },
      }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const form = await screen.findByRole('form', { name: 'Ausnahme hinzufügen' });
    await fill(user, within(form).getByLabelText('Tag'), '2099-06-01');
    await user.click(within(form).getByLabelText('Ganzer Tag'));
    await fill(user, within(form).getByLabelText('Von'), '8');
    await fill(user, within(form).getByLabelText('Bis'), '12.30');
    await user.click(within(form).getByRole('button', { name: 'Ausnahme hinzufügen' }));
    await waitFor(() =>
      expect(requestsOf(requests, 'AdvisorAddException')[0]?.variables).toEqual({
        input: { date: '2099-06-01', kind: 'ABSENCE', start: '08:00', end: '12:30', note: null },
      }),
    );
  });

  it('removes an exception after confirming', async () => {
    const user = userEvent.setup();
    let current = exceptions;
    const { requests } = advisorServer({
      AdvisorAvailability: () => ({ data: availabilityData({ exceptions: current }) }),
      AdvisorRemoveException: (request) => {
        current = current.filter((exception) => exception.id !== request.variables.id);
        return { data: { removeAvailabilityException: true } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Entfernen Abwesenheit am Donnerstag, 24. Dezember 2099' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, entfernen' }));
    expect(screen.getByText('Abwesenheit am Donnerstag, 24. Dezember 2099 wirklich entfernen?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ja, entfernen' }));
    const status = await screen.findByText('Die Ausnahme am Donnerstag, 24. Dezember 2099 ist entfernt.');
    expect(document.activeElement).toBe(status);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Geplante Ausnahmen' })).getAllByRole('listitem')).toHaveLength(1));
    expect(requestsOf(requests, 'AdvisorRemoveException')[0]?.variables).toEqual({ id: uuid(71) });
  });

  it('says when removing failed', async () => {
    const user = userEvent.setup();
    advisorServer({
      AdvisorAvailability: () => ({ data: availabilityData({ exceptions }) }),
      AdvisorRemoveException: () => apiError(ErrorCodes.AVAILABILITY_EXCEPTION_NOT_FOUND, 'Diese Ausnahme gibt es nicht.'),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Entfernen Zusätzliche Zeit am Montag, 28. Dezember 2099' }));
    await user.click(screen.getByRole('button', { name: 'Ja, entfernen' }));
    const alert = await screen.findByText('Die Ausnahme konnte nicht entfernt werden. Diese Ausnahme gibt es nicht.');
    expect(alert.getAttribute('role')).toBe('alert');
  });
});
