import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes, renderWithProviders } from '../../../test/utils';
import { apiError, BOOKING_ID, bookingNode, FORMAT_ID, NOW, requestsOf, slot } from '../test/fixtures';
import { workbenchServer, type Handler } from '../test/server';
// Loaded up front: AppRoutes imports the workbench lazily, and the first transform is slow.
import './WorkbenchRoutes';
import { ErrorCodes } from '../../../lib/error-codes';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

const route = `/werkbank/termine/${BOOKING_ID}`;

function server(handlers: Record<string, Handler> = {}) {
  return workbenchServer({ Booking: () => ({ data: { booking: bookingNode() } }), ...handlers });
}

const changeSection = () => screen.findByRole('region', { name: 'Absagen oder verschieben' });

describe('BookingPage (/werkbank/termine/:id)', () => {
  it('shows when, where, with whom and for whom, the agenda and the calendar file', async () => {
    server();
    renderWithProviders(<AppRoutes />, { route });
    expect(await screen.findByRole('heading', { level: 1, name: 'Digitalisierungs-Check für die Intralogistik' })).toBeTruthy();
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('Bestätigt');
    expect(main.textContent).toContain('WannMontag, 30. November 2026, 10:00–11:00');
    expect(main.textContent).toContain('OrtOnline');
    expect(main.textContent).toContain('Gebucht fürVelkamp Intralogistik GmbH');
    expect(main.textContent).toContain('Ihr AnliegenWir möchten unsere Kommissionierung digitalisieren.');
    expect(main.textContent).toContain('Absage bis29.11.2026, 10:00');
    expect(screen.getByRole('link', { name: 'beratung@demo.example.org' }).getAttribute('href')).toBe('mailto:beratung@demo.example.org');
    expect(screen.getByRole('link', { name: /meet\.example\.org\/werkbank-123/ }).getAttribute('target')).toBe('_blank');
    expect(within(main).getByRole('link', { name: 'Digitalisierungs-Check für die Intralogistik' }).getAttribute('href')).toBe(
      `/werkbank/formate/${FORMAT_ID}`,
    );
    expect(screen.getByRole('link', { name: 'Kalendereintrag (.ics) herunterladen' }).getAttribute('href')).toBe(
      `/workbench/bookings/${BOOKING_ID}/calendar.ics`,
    );
    expect((await changeSection()).textContent).toContain('Bis 29.11.2026, 10:00 können Sie den Termin absagen oder verschieben.');
  });

  it('cancels with a reason after a confirmation step', async () => {
    const user = userEvent.setup();
    let booking = bookingNode();
    const { requests } = server({
      Booking: () => ({ data: { booking } }),
      CancelBooking: () => {
        booking = bookingNode({ status: 'CANCELLED', cancelledAt: '2026-11-25T09:00:00.000Z', cancellationReason: 'Termin im Werk kollidiert.' });
        return { data: { cancelBooking: booking } };
      },
    });
    renderWithProviders(<AppRoutes />, { route });
    await user.click(within(await changeSection()).getByRole('button', { name: 'Termin absagen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Termin absagen' })));

    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    const reason = screen.getByLabelText('Grund der Absage');
    expect(document.activeElement).toBe(reason);
    expect(screen.getByText('Bitte nennen Sie einen Grund mit 3 bis 1000 Zeichen.')).toBeTruthy();

    await user.click(reason);
    await user.paste(' Termin im Werk kollidiert. ');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    const question = screen.getByRole('group', { name: 'Den Termin am Montag, 30. November 2026, 10:00–11:00 wirklich absagen?' });
    const confirm = within(question).getByRole('button', { name: 'Verbindlich absagen' });
    expect(document.activeElement).toBe(confirm);
    expect(requestsOf(requests, 'CancelBooking')).toHaveLength(0);
    await user.click(confirm);

    const status = await screen.findByText('Der Termin ist abgesagt.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(requestsOf(requests, 'CancelBooking')[0]?.variables).toEqual({ input: { id: BOOKING_ID, reason: 'Termin im Werk kollidiert.' } });
    expect(screen.getByRole('main').textContent).toContain('Grund der AbsageTermin im Werk kollidiert.');
    expect(screen.queryByRole('region', { name: 'Absagen oder verschieben' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Kalendereintrag/ })).toBeNull();
  });

  it('after the deadline: buttons disabled, with the reason and whom to contact', async () => {
    server({ Booking: () => ({ data: { booking: bookingNode({ viewerCanChange: false, cancellationDeadline: '2026-11-25T08:00:00.000Z' }) } }) });
    renderWithProviders(<AppRoutes />, { route });
    const section = await changeSection();
    const text =
      'Die Frist für Absage und Umbuchung ist am 25.11.2026, 09:00 abgelaufen. Bitte wenden Sie sich direkt an Ben Berater (beratung@demo.example.org).';
    expect(section.textContent).toContain(text);
    for (const name of ['Termin absagen', 'Termin verschieben']) {
      const button = within(section).getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(text);
    }
  });

  it('explains a deadline that passed meanwhile', async () => {
    const user = userEvent.setup();
    let passed = false;
    server({
      Booking: () => ({ data: { booking: bookingNode({ viewerCanChange: !passed }) } }),
      CancelBooking: () => {
        passed = true;
        return apiError(ErrorCodes.BOOKING_NOT_CANCELLABLE, 'Die Frist für Absage und Umbuchung ist abgelaufen.');
      },
    });
    renderWithProviders(<AppRoutes />, { route });
    await user.click(within(await changeSection()).getByRole('button', { name: 'Termin absagen' }));
    await user.type(screen.getByLabelText('Grund der Absage'), 'Krank');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(screen.getByRole('button', { name: 'Verbindlich absagen' }));
    const alert = await screen.findByText('Die Frist für Absage und Umbuchung ist abgelaufen.');
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Termin absagen' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('reschedules to a free slot of the same format in a week view, after confirming', async () => {
    const user = userEvent.setup();
    const current = slot('2026-11-30T09:00:00.000Z');
    const later = slot('2026-11-30T11:00:00.000Z');
    let booking = bookingNode();
    const { requests } = server({
      Booking: () => ({ data: { booking } }),
      BookableSlots: () => ({ data: { bookableSlots: [current, later] } }),
      RescheduleBooking: () => {
        booking = bookingNode({ startsAt: later.startsAt, endsAt: later.endsAt });
        return { data: { rescheduleBooking: booking } };
      },
    });
    renderWithProviders(<AppRoutes />, { route });
    await user.click(within(await changeSection()).getByRole('button', { name: 'Termin verschieben' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Termin verschieben' })));
    const choice = await screen.findByRole('button', { name: 'Montag, 30. November, 12:00–13:00' });
    // The booking's own week, without its current time.
    expect(requestsOf(requests, 'BookableSlots')[0]?.variables).toEqual({ formatId: FORMAT_ID, from: '2026-11-30', to: '2026-12-06' });
    expect(screen.queryByRole('button', { name: 'Montag, 30. November, 10:00–11:00' })).toBeNull();

    await user.click(choice);
    const heading = await screen.findByRole('heading', { name: 'Verschiebung bestätigen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const form = heading.closest('form')!;
    expect(form.textContent).toContain('BisherMontag, 30. November 2026, 10:00–11:00');
    expect(form.textContent).toContain('NeuMontag, 30. November 2026, 12:00–13:00');
    await user.click(within(form).getByLabelText(/Nachricht an die Beratung/));
    await user.paste('Die Anlage läuft erst mittags.');
    await user.click(within(form).getByRole('button', { name: 'Verschiebung bestätigen' }));

    const status = await screen.findByText('Der Termin ist verschoben auf Montag, 30. November 2026, 12:00–13:00.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(requestsOf(requests, 'RescheduleBooking')[0]?.variables).toEqual({
      input: { id: BOOKING_ID, startsAt: later.startsAt, reason: 'Die Anlage läuft erst mittags.' },
    });
    expect(screen.getByRole('main').textContent).toContain('WannMontag, 30. November 2026, 12:00–13:00');
  });

  it('offers the refreshed slots when the new one was taken meanwhile', async () => {
    const user = userEvent.setup();
    const { requests } = server({
      BookableSlots: () => ({ data: { bookableSlots: [slot('2026-11-30T11:00:00.000Z'), slot('2026-12-01T11:00:00.000Z')] } }),
      RescheduleBooking: () => apiError(ErrorCodes.BOOKING_SLOT_TAKEN, 'Dieser Termin ist schon vergeben. Bitte wählen Sie einen anderen.'),
    });
    renderWithProviders(<AppRoutes />, { route });
    await user.click(within(await changeSection()).getByRole('button', { name: 'Termin verschieben' }));
    await user.click(await screen.findByRole('button', { name: 'Montag, 30. November, 12:00–13:00' }));
    await user.click(await screen.findByRole('button', { name: 'Verschiebung bestätigen' }));
    const alert = await screen.findByText(
      /^Dieser Termin ist schon vergeben\. Bitte wählen Sie einen anderen\. Die freien Termine sind aktualisiert/,
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByRole('heading', { name: 'Verschiebung bestätigen' })).toBeNull();
    await waitFor(() => expect(requestsOf(requests, 'BookableSlots').length).toBeGreaterThan(1));
    expect(screen.getByRole('button', { name: 'Dienstag, 1. Dezember, 12:00–13:00' })).toBeTruthy();
  });

  it('says when the booking does not exist or is not ours', async () => {
    server({ Booking: () => apiError(ErrorCodes.BOOKING_NOT_FOUND, 'Diesen Termin gibt es nicht.') });
    renderWithProviders(<AppRoutes />, { route });
    expect(await screen.findByText('Diesen Termin gibt es nicht, oder er gehört nicht zu Ihren Organisationen.')).toBeTruthy();
  });
});
