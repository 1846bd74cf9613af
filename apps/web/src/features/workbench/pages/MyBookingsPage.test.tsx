import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { apiError, BOOKING_ID, bookingNode, connection, groupFormat, NOW, requestsOf, uuid } from '../test/fixtures';
import { signedOut, workbenchServer } from '../test/server';
// Loaded up front: AppRoutes imports the workbench lazily, and the first transform is slow.
import './WorkbenchRoutes';
import { ErrorCodes } from '../../../lib/error-codes';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

const past = bookingNode({
  id: uuid(11),
  status: 'CANCELLED',
  startsAt: '2026-11-02T13:00:00.000Z',
  endsAt: '2026-11-02T14:30:00.000Z',
  mode: 'ONSITE',
  location: 'Koblenzer Straße 121, 57072 Siegen',
  meetingLink: null,
  cancelledAt: '2026-10-30T08:00:00.000Z',
  cancellationReason: 'Krankheit im Team',
  format: { ...groupFormat(), bookingHorizonDays: 60, minimumNoticeHours: 24, cancellationDeadlineHours: 24 },
});

describe('MyBookingsPage (/werkbank/termine)', () => {
  it('lists upcoming bookings with status, time, advisor, place and calendar file', async () => {
    const { requests } = workbenchServer({ MyBookings: () => ({ data: { myBookings: connection([bookingNode()]) } }) });
    renderWithProviders(<AppRoutes />, { route: '/werkbank/termine' });
    const card = await screen.findByRole('article', { name: 'Digitalisierungs-Check für die Intralogistik' });
    expect(requestsOf(requests, 'MyBookings')[0]?.variables).toEqual({ scope: 'UPCOMING', first: 20, after: null });
    expect(card.textContent).toContain('Bestätigt');
    expect(card.textContent).toContain('Montag, 30. November 2026, 10:00–11:00');
    expect(card.textContent).toContain('Ben Berater · IHK Siegen');
    expect(card.textContent).toContain('Online · Einzelberatung · Velkamp Intralogistik GmbH');
    expect(within(card).getByRole('link', { name: 'Digitalisierungs-Check für die Intralogistik' }).getAttribute('href')).toBe(
      `/werkbank/termine/${BOOKING_ID}`,
    );
    const ics = within(card).getByRole('link', { name: /^Kalendereintrag \(\.ics\) für „Digitalisierungs-Check/ });
    expect(ics.getAttribute('href')).toBe(`/workbench/bookings/${BOOKING_ID}/calendar.ics`);
    expect(ics.hasAttribute('download')).toBe(true);
    expect(screen.getByText('1 von 1 Terminen angezeigt')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bevorstehend' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows a moved booking as moved, from the old time to the new one', async () => {
    workbenchServer({ MyBookings: () => ({ data: { myBookings: connection([bookingNode({ previousStartsAt: '2026-11-27T13:00:00.000Z' })]) } }) });
    renderWithProviders(<AppRoutes />, { route: '/werkbank/termine' });
    const card = await screen.findByRole('article', { name: 'Digitalisierungs-Check für die Intralogistik' });
    expect(card.textContent).toContain('Verschoben von 27.11.2026, 14:00 → Montag, 30. November 2026, 10:00–11:00');
  });

  it('switches to past bookings (in the URL) and shows cancelled ones without a calendar file', async () => {
    const user = userEvent.setup();
    const { requests } = workbenchServer({
      MyBookings: (request) => ({ data: { myBookings: connection(request.variables.scope === 'PAST' ? [past] : []) } }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/werkbank/termine' });
    expect(await screen.findByText('Sie haben keine bevorstehenden Termine.')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Vergangen' }));
    const card = await screen.findByRole('article', { name: 'Denkraum KI im Mittelstand' });
    expect(currentLocation(container)).toBe('/werkbank/termine?zeitraum=vergangen');
    expect(requestsOf(requests, 'MyBookings').at(-1)?.variables).toMatchObject({ scope: 'PAST' });
    expect(card.textContent).toContain('Abgesagt');
    expect(card.textContent).toContain('Vor Ort: Koblenzer Straße 121, 57072 Siegen · Denkraum (Gruppe, bis zu 8 Plätze)');
    expect(within(card).queryByRole('link', { name: /Kalendereintrag/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Vergangen' }).getAttribute('aria-current')).toBe('page');
  });

  it('loads more, shows errors with a retry', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 21 }, (_, index) => bookingNode({ id: uuid(200 + index) }));
    let broken = true;
    workbenchServer({
      MyBookings: (request) => {
        if (broken) return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'Interner Fehler.');
        return request.variables.after
          ? { data: { myBookings: connection(many.slice(20), { totalCount: 21 }) } }
          : { data: { myBookings: connection(many.slice(0, 20), { totalCount: 21, hasNextPage: true }) } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: '/werkbank/termine' });
    const alert = (await screen.findByText('Die Termine konnten nicht geladen werden.')).closest<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('Interner Fehler.');
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('20 von 21 Terminen angezeigt')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('21 von 21 Terminen angezeigt')).toBeTruthy();
  });

  it('sends signed-out visitors to the sign-in page', async () => {
    workbenchServer({ Me: signedOut });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/werkbank/termine' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeTruthy();
    expect(currentLocation(container)).toBe('/anmelden?weiter=%2Fwerkbank%2Ftermine');
  });
});
