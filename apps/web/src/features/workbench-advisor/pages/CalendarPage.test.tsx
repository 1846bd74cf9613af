import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdvisorBookingFieldsFragment } from '../../../gql/graphql';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { advisorServer, apiError, bookingNode, fill, requestsOf, slotNode, uuid } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/werkbank/beratung/kalender';

// Tuesday, 24 November 2026, 10:30 in Berlin.
const NOW = new Date('2026-11-24T09:30:00Z');

const velkamp = bookingNode();
const kalthoefer = bookingNode({
  id: uuid(302),
  startsAt: '2026-11-26T13:00:00Z',
  endsAt: '2026-11-26T15:00:00Z',
  format: { id: uuid(2), title: 'Denkraum Nachfolge' },
  organisation: { id: uuid(602), name: 'Kalthöfer & Söhne Metallbearbeitung GmbH' },
  bookedBy: { name: 'Karl Kalthöfer', email: 'kalthoefer@demo.example.org' },
  mode: 'ONSITE',
  location: 'Koblenzer Str. 121, 57072 Siegen',
});
const withdrawn = bookingNode({
  id: uuid(303),
  status: 'CANCELLED',
  startsAt: kalthoefer.startsAt,
  endsAt: kalthoefer.endsAt,
  format: kalthoefer.format,
  organisation: { id: uuid(603), name: 'Muster Metall GmbH' },
  bookedBy: null,
  cancelledAt: '2026-11-20T08:00:00Z',
  cancellationReason: 'Terminkonflikt',
  viewerCanChange: false,
});
// 00:30 on Wednesday in Berlin, still Tuesday in UTC.
const night = bookingNode({
  id: uuid(304),
  startsAt: '2026-11-24T23:30:00Z',
  endsAt: '2026-11-25T00:30:00Z',
  organisation: { id: uuid(604), name: 'Nachtschicht GmbH' },
});

function week(bookings: { velkamp?: AdvisorBookingFieldsFragment } = {}) {
  return [
    slotNode([bookings.velkamp ?? velkamp]),
    slotNode([kalthoefer, withdrawn], { id: uuid(402), capacity: 8 }),
    slotNode([night], { id: uuid(403) }),
  ];
}

const dayOf = (name: RegExp) => screen.getByRole('heading', { name }).closest('li')!;

describe('CalendarPage', { timeout: 15_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the current Berlin week by day, with each slot and its bookings', async () => {
    const { requests } = advisorServer({ AdvisorSchedule: () => ({ data: { advisorSchedule: week() } }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByRole('heading', { name: 'Woche vom 23. November 2026 bis 29. November 2026' }, { timeout: 5000 })).toBeTruthy();
    await screen.findByText('3 Termine in dieser Woche');
    expect(requestsOf(requests, 'AdvisorSchedule')[0]?.variables).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Montag, 23. November 2026',
      'Dienstag, 24. November 2026 (heute)',
      'Mittwoch, 25. November 2026',
      'Donnerstag, 26. November 2026',
      'Freitag, 27. November 2026',
      'Samstag, 28. November 2026',
      'Sonntag, 29. November 2026',
    ]);
    expect(within(dayOf(/^Montag/)).getByText('Keine Termine')).toBeTruthy();

    const tuesday = dayOf(/^Dienstag/);
    expect(tuesday.textContent).toContain('10:00–11:00');
    expect(tuesday.textContent).toContain('Erstberatung Fördermittel');
    expect(tuesday.textContent).toContain('Velkamp Intralogistik GmbH');
    expect(tuesday.textContent).toContain('Vera Velkamp');
    expect(within(tuesday).getByRole('link', { name: 'velkamp@demo.example.org' }).getAttribute('href')).toBe('mailto:velkamp@demo.example.org');
    expect(tuesday.textContent).toContain('Wir planen eine neue Fertigungslinie');
    // The night slot belongs to Wednesday in Berlin.
    expect(dayOf(/^Mittwoch/).textContent).toContain('00:30–01:30');
    expect(dayOf(/^Mittwoch/).textContent).toContain('Nachtschicht GmbH');

    const thursday = dayOf(/^Donnerstag/);
    expect(thursday.textContent).toContain('14:00–16:00');
    expect(thursday.textContent).toContain('Denkraum: 1 von 8 Plätzen belegt');
    expect(thursday.textContent).toContain('Koblenzer Str. 121, 57072 Siegen');
    expect(thursday.textContent).toContain('Die Teilnahme erfassen Sie ab Beginn des Termins.');
    expect(thursday.textContent).toContain('Grund: Terminkonflikt');
    expect(thursday.textContent).toContain('Konto gelöscht');
    // Attendance only once a booking has started; cancelled bookings offer nothing.
    expect(within(tuesday).getByRole('group', { name: 'Teilnahme von Velkamp Intralogistik GmbH' })).toBeTruthy();
    expect(within(thursday).queryByRole('group', { name: /Teilnahme/ })).toBeNull();
    expect(within(thursday).getAllByRole('button', { name: /^Absagen/ })).toHaveLength(1);
  });

  it('opens on the week of the next booked slot and keeps it in the URL', async () => {
    const { requests } = advisorServer({
      AdvisorNextSlotStart: () => ({ data: { advisorNextSlotStart: '2026-12-09T09:00:00.000Z' } }),
      AdvisorSchedule: () => ({ data: { advisorSchedule: [] } }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByRole('heading', { name: 'Woche vom 7. Dezember 2026 bis 13. Dezember 2026' }, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?woche=2026-12-07`));
    expect(requestsOf(requests, 'AdvisorSchedule').map((request) => request.variables.from)).toEqual(['2026-12-07']);
  });

  it('shows a slot emptied by a move as moved, with its format and where the booking went', async () => {
    const movedBooking = bookingNode({ startsAt: '2026-11-26T13:00:00Z', endsAt: '2026-11-26T14:00:00Z', previousStartsAt: '2026-11-24T09:00:00Z' });
    advisorServer({
      AdvisorSchedule: () => ({
        data: {
          advisorSchedule: [
            slotNode([], {
              startsAt: '2026-11-24T09:00:00Z',
              endsAt: '2026-11-24T10:00:00Z',
              cancelled: true,
              movedAway: [{ id: movedBooking.id, startsAt: movedBooking.startsAt, organisation: movedBooking.organisation }],
            }),
            slotNode([movedBooking], { id: uuid(402) }),
          ],
        },
      }),
    });
    renderWithProviders(<AppRoutes />, { route: `${ROUTE}?woche=2026-11-23` });
    expect(await screen.findByText('Velkamp Intralogistik GmbH: verschoben auf 26.11.2026, 14:00', {}, { timeout: 5000 })).toBeTruthy();
    const left = screen.getByText('Velkamp Intralogistik GmbH: verschoben auf 26.11.2026, 14:00').closest('li')!;
    expect(left.textContent).toContain('10:00–11:00 Erstberatung Fördermittel Verschoben');
    expect(left.textContent).not.toContain('Abgesagt');
    expect(left.textContent).not.toContain('Keine aktiven Buchungen');
    expect(screen.getByText('Verschoben von 24.11.2026, 10:00')).toBeTruthy();
  });

  it('goes to the previous and next week through ?woche=', async () => {
    const user = userEvent.setup();
    const { requests } = advisorServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: `${ROUTE}?woche=2026-12-02` });
    expect(await screen.findByRole('heading', { name: 'Woche vom 30. November 2026 bis 6. Dezember 2026' })).toBeTruthy();
    expect(await screen.findByText('In dieser Woche sind keine Termine gebucht.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Verfügbarkeit bearbeiten' }).getAttribute('href')).toBe('/werkbank/beratung/verfuegbarkeit');
    const nav = screen.getByRole('navigation', { name: 'Woche wählen' });
    await user.click(within(nav).getByRole('link', { name: 'Nächste Woche' }));
    expect(currentLocation(container)).toBe(`${ROUTE}?woche=2026-12-07`);
    expect(await screen.findByRole('heading', { name: 'Woche vom 7. Dezember 2026 bis 13. Dezember 2026' })).toBeTruthy();
    await user.click(within(nav).getByRole('link', { name: 'Diese Woche' }));
    expect(currentLocation(container)).toBe(`${ROUTE}?woche=2026-11-23`);
    expect(within(nav).getByRole('link', { name: 'Diese Woche' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: 'Vorherige Woche' }));
    expect(currentLocation(container)).toBe(`${ROUTE}?woche=2026-11-16`);
    await waitFor(() =>
      expect(requestsOf(requests, 'AdvisorSchedule').map((request) => request.variables.from)).toEqual([
        '2026-11-30',
        '2026-12-07',
        '2026-11-23',
        '2026-11-16',
      ]),
    );
  });

  it('records attendance after the start and says so', async () => {
    const user = userEvent.setup();
    let current = velkamp;
    const { requests } = advisorServer({
      AdvisorSchedule: () => ({ data: { advisorSchedule: week({ velkamp: current }) } }),
      AdvisorMarkAttendance: (request) => {
        current = { ...velkamp, status: request.variables.status as 'ATTENDED', attendanceMarkedAt: NOW.toISOString() };
        return { data: { markAttendance: current } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const group = await screen.findByRole('group', { name: 'Teilnahme von Velkamp Intralogistik GmbH' });
    const attended = within(group).getByRole('button', { name: 'Teilgenommen' });
    expect(attended.getAttribute('aria-pressed')).toBe('false');
    await user.click(attended);
    expect(await screen.findByText('Velkamp Intralogistik GmbH: als teilgenommen erfasst.')).toBeTruthy();
    expect(requestsOf(requests, 'AdvisorMarkAttendance')[0]?.variables).toEqual({ id: velkamp.id, status: 'ATTENDED' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Teilnahme von Velkamp Intralogistik GmbH' }))
          .getByRole('button', { name: 'Teilgenommen' })
          .getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    expect(dayOf(/^Dienstag/).textContent).toContain('Teilnahme erfasst am');
  });

  it('shows the server refusing attendance as an alert', async () => {
    const user = userEvent.setup();
    advisorServer({
      AdvisorSchedule: () => ({ data: { advisorSchedule: week() } }),
      AdvisorMarkAttendance: () => apiError(ErrorCodes.ATTENDANCE_TOO_EARLY, 'Die Teilnahme lässt sich erst ab Beginn des Termins erfassen.'),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(
      within(await screen.findByRole('group', { name: 'Teilnahme von Velkamp Intralogistik GmbH' })).getByRole('button', {
        name: 'Nicht erschienen',
      }),
    );
    const alert = await screen.findByText('Die Teilnahme konnte nicht erfasst werden. Die Teilnahme lässt sich erst ab Beginn des Termins erfassen.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
  });

  it('cancels a booking with a reason after confirming', async () => {
    const user = userEvent.setup();
    let current = velkamp;
    const { requests } = advisorServer({
      AdvisorSchedule: () => ({ data: { advisorSchedule: week({ velkamp: current }) } }),
      AdvisorCancelBooking: (request) => {
        const { reason } = request.variables.input as { reason: string };
        current = { ...velkamp, status: 'CANCELLED', cancelledAt: NOW.toISOString(), cancellationReason: reason, viewerCanChange: false };
        return { data: { cancelBooking: current } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const open = await screen.findByRole('button', { name: 'Absagen Termin von Velkamp Intralogistik GmbH um 10:00' });
    await user.click(open);
    const reason = screen.getByLabelText('Grund der Absage');
    expect(document.activeElement).toBe(reason);
    await fill(user, reason, 'ok');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(document.activeElement).toBe(reason);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Bitte geben Sie einen Grund mit 3 bis 1000 Zeichen an.')).toBeTruthy();

    await fill(user, reason, 'Ich bin an diesem Tag krank.');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByText('Den Termin von Velkamp Intralogistik GmbH am Dienstag, 24. November 2026 um 10:00 wirklich absagen?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, absagen' }));
    // Back to the reason, which is kept.
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect((screen.getByLabelText('Grund der Absage') as HTMLTextAreaElement).value).toBe('Ich bin an diesem Tag krank.');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('button', { name: 'Ja, absagen' }));

    const done = await screen.findByText('Der Termin von Velkamp Intralogistik GmbH ist abgesagt; das Unternehmen wird benachrichtigt.');
    expect(document.activeElement).toBe(done);
    expect(requestsOf(requests, 'AdvisorCancelBooking')[0]?.variables).toEqual({ input: { id: velkamp.id, reason: 'Ich bin an diesem Tag krank.' } });
    await waitFor(() => expect(dayOf(/^Dienstag/).textContent).toContain('Grund: Ich bin an diesem Tag krank.'));
    expect(within(dayOf(/^Dienstag/)).queryByRole('button', { name: /^Absagen/ })).toBeNull();
  });

  it('keeps the reason and shows why when cancelling failed', async () => {
    const user = userEvent.setup();
    advisorServer({
      AdvisorSchedule: () => ({ data: { advisorSchedule: week() } }),
      AdvisorCancelBooking: () => apiError(ErrorCodes.BOOKING_NOT_CANCELLABLE, 'Dieser Termin ist abgesagt oder schon vorbei.'),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Absagen Termin von Velkamp Intralogistik GmbH um 10:00' }));
    await fill(user, screen.getByLabelText('Grund der Absage'), 'Krankheit');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('button', { name: 'Ja, absagen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Grund der Absage')));
    expect(screen.getByText('Der Termin konnte nicht abgesagt werden. Dieser Termin ist abgesagt oder schon vorbei.')).toBeTruthy();
  });

  it('shows loading, then an error with retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    advisorServer({
      AdvisorSchedule: () =>
        fail ? apiError(ErrorCodes.SLOT_RANGE_INVALID, 'Der Zeitraum darf höchstens 42 Tage umfassen.') : { data: { advisorSchedule: week() } },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Termine werden geladen …')).toBeTruthy();
    expect(await screen.findByText('Die Termine konnten nicht geladen werden.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('3 Termine in dieser Woche')).toBeTruthy();
  });
});
