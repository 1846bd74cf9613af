import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import {
  apiError,
  bookingNode,
  FORMAT_ID,
  formatDetail,
  GROUP_ID,
  NOW,
  ORG_UNVERIFIED,
  ORG_VELKAMP,
  organisationsData,
  requestsOf,
  slot,
} from '../test/fixtures';
import { signedOut, workbenchServer, type Handler } from '../test/server';
// Loaded up front: AppRoutes imports the workbench lazily, and the first transform is slow.
import './WorkbenchRoutes';
import { ErrorCodes } from '../../../lib/error-codes';

// Wednesday 25 November 2026 (Berlin, UTC+1): this week runs from Monday 23 to Sunday 29 November.
const THIS_WEEK = [slot('2026-11-26T08:00:00.000Z'), slot('2026-11-26T10:00:00.000Z'), slot('2026-11-27T13:00:00.000Z')];
const NEXT_WEEK = [slot('2026-11-30T09:00:00.000Z')];
const AGENDA = 'Wir möchten unsere Kommissionierung digitalisieren.';

const slotsByWeek: Handler = (request) => ({
  data: { bookableSlots: request.variables.from === '2026-11-23' ? THIS_WEEK : request.variables.from === '2026-11-30' ? NEXT_WEEK : [] },
});

function server(handlers: Record<string, Handler> = {}) {
  return workbenchServer({ ConsultationFormat: () => ({ data: { consultationFormat: formatDetail() } }), BookableSlots: slotsByWeek, ...handlers });
}

const slotButton = (name: string | RegExp) => screen.findByRole('button', { name });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

describe('FormatPage (/werkbank/formate/:id)', () => {
  it('shows the format with its rules and the free slots of this week, grouped by day', async () => {
    const { requests } = server();
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Digitalisierungs-Check für die Intralogistik' })).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'Auf einen Blick' });
    expect(facts.textContent).toContain('BeratungBen Berater · IHK Siegen');
    expect(facts.textContent).toContain('ArtEinzelberatung');
    expect(facts.textContent).toContain('Dauer60 Minuten');
    expect(facts.textContent).toContain('OrtOnline – den Link erhalten Sie mit der Buchung');
    expect(facts.textContent).toContain('Buchbarbis 24 Stunden vor Beginn, höchstens 60 Tage im Voraus');
    expect(screen.getByText(/Wir sehen uns gemeinsam Ihre Lagerprozesse an./)).toBeTruthy();

    await slotButton('Donnerstag, 26. November, 09:00–10:00');
    expect(requestsOf(requests, 'BookableSlots')[0]?.variables).toEqual({ formatId: FORMAT_ID, from: '2026-11-23', to: '2026-11-29' });
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Donnerstag, 26. November',
      'Freitag, 27. November',
    ]);
    const thursday = screen.getByRole('list', { name: 'Donnerstag, 26. November' });
    expect(
      within(thursday)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Donnerstag, 26. November, 09:00–10:00', 'Donnerstag, 26. November, 11:00–12:00']);
    expect(screen.getByText(/^Woche 23\.–29\. Nov\. 2026$/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Vorherige Woche' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens on the week of the next free slot, and says when there is none at all', async () => {
    const user = userEvent.setup();
    const { requests } = server({
      ConsultationFormat: () => ({ data: { consultationFormat: formatDetail({ nextFreeSlot: '2026-11-30T09:00:00.000Z' }) } }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    await slotButton('Montag, 30. November, 10:00–11:00');
    expect(requestsOf(requests, 'BookableSlots').map((request) => request.variables.from)).toEqual(['2026-11-30']);
    // An empty week leads to the next free slot.
    await user.click(screen.getByRole('button', { name: 'Nächste Woche' }));
    await user.click(await screen.findByRole('button', { name: 'Vorherige Woche' }));
    await user.click(await screen.findByRole('button', { name: 'Vorherige Woche' }));
    expect(currentLocation(container)).toBe(`/werkbank/formate/${FORMAT_ID}?woche=2026-11-23`);
    await slotButton('Donnerstag, 26. November, 09:00–10:00');

    server({
      ConsultationFormat: () => ({ data: { consultationFormat: formatDetail({ nextFreeSlot: null }) } }),
      BookableSlots: () => ({ data: { bookableSlots: [] } }),
    });
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    expect(await screen.findByText('Zurzeit gibt es für dieses Format keinen freien Termin. Schauen Sie später wieder vorbei.')).toBeTruthy();
  });

  it('leads from an empty week to the week of the next free slot', async () => {
    const user = userEvent.setup();
    server({
      ConsultationFormat: () => ({ data: { consultationFormat: formatDetail({ nextFreeSlot: '2026-12-08T09:00:00.000Z' }) } }),
      BookableSlots: (request) => ({ data: { bookableSlots: request.variables.from === '2026-12-07' ? [slot('2026-12-08T09:00:00.000Z')] : [] } }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}?woche=2026-11-23` });
    await user.click(await screen.findByRole('button', { name: 'Zum nächsten freien Termin (Dienstag, 8. Dezember)' }));
    await slotButton('Dienstag, 8. Dezember, 10:00–11:00');
    expect(currentLocation(container)).toBe(`/werkbank/formate/${FORMAT_ID}?woche=2026-12-07`);
  });

  it('moves between weeks (in the URL) and says when a week has no free slots', async () => {
    const user = userEvent.setup();
    const { requests } = server();
    const { container } = renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    await slotButton('Donnerstag, 26. November, 09:00–10:00');
    await user.click(screen.getByRole('button', { name: 'Nächste Woche' }));
    await slotButton('Montag, 30. November, 10:00–11:00');
    expect(requestsOf(requests, 'BookableSlots').at(-1)?.variables).toEqual({ formatId: FORMAT_ID, from: '2026-11-30', to: '2026-12-06' });
    expect(currentLocation(container)).toBe(`/werkbank/formate/${FORMAT_ID}?woche=2026-11-30`);

    await user.click(screen.getByRole('button', { name: 'Nächste Woche' }));
    expect(await screen.findByText('In dieser Woche gibt es keine freien Termine.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vorherige Woche' }));
    await user.click(screen.getByRole('button', { name: 'Vorherige Woche' }));
    await slotButton('Donnerstag, 26. November, 09:00–10:00');
    // Back in the first week: "Vorherige Woche" is disabled, the keyboard stays at the week.
    expect(document.activeElement?.textContent).toBe('Woche 23.–29. Nov. 2026');
  });

  it('shows the seats left of a Denkraum', async () => {
    server({
      ConsultationFormat: () => ({
        data: { consultationFormat: formatDetail({ id: GROUP_ID, title: 'Denkraum KI', capacity: 8, mode: 'ONSITE', location: 'Siegen' }) },
      }),
      BookableSlots: () => ({
        data: { bookableSlots: [slot('2026-11-26T08:00:00.000Z', { seatsLeft: 3 }), slot('2026-11-27T08:00:00.000Z', { seatsLeft: 1 })] },
      }),
    });
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${GROUP_ID}` });
    // (The test DOM puts a space before the seats; browsers do not.)
    expect(await slotButton(/^Donnerstag, 26\. November, 09:00–10:00 ?, noch 3 Plätze$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Freitag, 27\. November, 09:00–10:00 ?, noch 1 Platz$/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Auf einen Blick' }).textContent).toContain('Denkraum (Gruppe, bis zu 8 Plätze)');
  });

  it('books a slot: form with organisation and agenda, retry with the same key, confirmation with calendar file', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    let booked = false;
    const { requests } = server({
      // Like the API: once booked, the slot is no longer free (the refetched list must not take the confirmation away).
      BookableSlots: (request) => (booked ? { data: { bookableSlots: THIS_WEEK.slice(1) } } : slotsByWeek(request)),
      BookingOrganisations: () => ({
        data: organisationsData([
          { id: ORG_VELKAMP, name: 'Velkamp Intralogistik GmbH', verified: true },
          { id: ORG_UNVERIFIED, name: 'Velkamp Service GmbH', verified: false },
        ]),
      }),
      BookConsultation: () => {
        if ((attempts += 1) === 1) return { networkError: true };
        booked = true;
        return { data: { bookConsultation: bookingNode({ startsAt: '2026-11-26T08:00:00.000Z', endsAt: '2026-11-26T09:00:00.000Z' }) } };
      },
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    const chosen = await slotButton('Donnerstag, 26. November, 09:00–10:00');
    await user.click(chosen);
    expect(chosen.getAttribute('aria-pressed')).toBe('true');
    const heading = await screen.findByRole('heading', { name: 'Ihre Buchung: Donnerstag, 26. November 2026, 09:00–10:00' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(currentLocation(container)).toBe(`/werkbank/formate/${FORMAT_ID}?woche=2026-11-23&termin=2026-11-26T08%3A00%3A00.000Z`);

    const organisation = screen.getByLabelText('Buchen für') as HTMLSelectElement;
    expect(organisation.value).toBe(ORG_VELKAMP);
    expect((within(organisation).getByRole('option', { name: 'Velkamp Service GmbH (noch nicht geprüft)' }) as HTMLOptionElement).disabled).toBe(
      true,
    );

    // Too short: the field says so and takes focus.
    await user.type(screen.getByLabelText('Ihr Anliegen'), 'Lager');
    await user.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    const agenda = screen.getByLabelText('Ihr Anliegen');
    expect(document.activeElement).toBe(agenda);
    expect(agenda.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Bitte beschreiben Sie Ihr Anliegen in 10 bis 2000 Zeichen.')).toBeTruthy();
    expect(requestsOf(requests, 'BookConsultation')).toHaveLength(0);

    await user.clear(agenda);
    await user.paste(`  ${AGENDA}  `);
    expect(screen.getByText(`${AGENDA.length} von 2000 Zeichen`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    const alert = await screen.findByText(/Die Buchung ist nicht gelungen\. Keine Verbindung zum Server/);
    expect(alert.textContent).toContain('doppelt gebucht wird dabei nicht');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    await user.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    const confirmation = await screen.findByRole('heading', { name: 'Ihr Termin ist gebucht' });
    await waitFor(() => expect(document.activeElement).toBe(confirmation));
    const [first, second] = requestsOf(requests, 'BookConsultation').map((request) => request.variables.input as Record<string, unknown>);
    expect(first).toEqual({
      formatId: FORMAT_ID,
      startsAt: '2026-11-26T08:00:00.000Z',
      organisationId: ORG_VELKAMP,
      agenda: AGENDA,
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);

    const section = screen.getByRole('region', { name: 'Ihr Termin ist gebucht' });
    expect(section.textContent).toContain('WannDonnerstag, 26. November 2026, 09:00–10:00');
    expect(section.textContent).toContain('OrtOnline');
    expect(section.textContent).toContain('Gebucht fürVelkamp Intralogistik GmbH');
    expect(within(section).getByRole('link', { name: 'Kalendereintrag (.ics) herunterladen' }).getAttribute('href')).toBe(bookingNode().calendarPath);
    expect(within(section).getByRole('link', { name: 'Zu „Meine Termine“' }).getAttribute('href')).toBe('/werkbank/termine');
    expect(
      within(section)
        .getByRole('link', { name: /meet\.example\.org/ })
        .getAttribute('href'),
    ).toBe('https://meet.example.org/werkbank-123');
  });

  it('goes back to the refreshed slots when the slot was taken meanwhile, keeping the agenda', async () => {
    const user = userEvent.setup();
    const { requests } = server({
      BookConsultation: () => apiError(ErrorCodes.BOOKING_SLOT_TAKEN, 'Dieser Termin ist schon vergeben. Bitte wählen Sie einen anderen.'),
    });
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    await user.click(await slotButton('Donnerstag, 26. November, 09:00–10:00'));
    await user.click(await screen.findByLabelText('Ihr Anliegen'));
    await user.paste(AGENDA);
    await user.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));

    const alert = await screen.findByText(
      'Dieser Termin ist schon vergeben. Bitte wählen Sie einen anderen. Die freien Termine sind aktualisiert; bitte wählen Sie einen anderen Termin.',
    );
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByLabelText('Ihr Anliegen')).toBeNull();
    await waitFor(() => expect(requestsOf(requests, 'BookableSlots').length).toBeGreaterThan(1));

    await user.click(screen.getByRole('button', { name: 'Donnerstag, 26. November, 11:00–12:00' }));
    expect(((await screen.findByLabelText('Ihr Anliegen')) as HTMLTextAreaElement).value).toBe(AGENDA);
  });

  it('shows an organisation that cannot book at the organisation field', async () => {
    const user = userEvent.setup();
    server({ BookConsultation: () => apiError(ErrorCodes.ORGANISATION_NOT_VERIFIED, 'Ihre Organisation ist noch nicht geprüft.') });
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}?termin=2026-11-26T08:00:00.000Z` });
    await user.click(await screen.findByLabelText('Ihr Anliegen'));
    await user.paste(AGENDA);
    await user.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    await screen.findByText('Ihre Organisation ist noch nicht geprüft.');
    const organisation = screen.getByLabelText('Buchen für');
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(organisation);
  });

  it('explains that only verified organisations can book', async () => {
    server({ BookingOrganisations: () => ({ data: organisationsData([{ id: ORG_UNVERIFIED, name: 'Velkamp Service GmbH', verified: false }]) }) });
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}?termin=2026-11-26T08:00:00.000Z` });
    expect(await screen.findByText(/Keine Ihrer Organisationen ist bisher geprüft/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zu „Meine Organisation“' }).getAttribute('href')).toBe('/konto/organisation');
    expect(screen.queryByRole('button', { name: 'Verbindlich buchen' })).toBeNull();
  });

  it('lets signed-out visitors see the slots and sign in to book the one they chose', async () => {
    const user = userEvent.setup();
    const { requests } = server({ Me: signedOut });
    renderWithProviders(<AppRoutes />, { route: `/werkbank/formate/${FORMAT_ID}` });
    await user.click(await slotButton('Freitag, 27. November, 14:00–15:00'));
    expect(await screen.findByText('Gewählter Termin: Freitag, 27. November 2026, 14:00–15:00')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Anmelden und buchen' });
    const next = new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('weiter');
    expect(next).toBe(`/werkbank/formate/${FORMAT_ID}?woche=2026-11-23&termin=2026-11-27T13%3A00%3A00.000Z`);
    expect(requestsOf(requests, 'BookingOrganisations')).toHaveLength(0);
    expect(screen.queryByLabelText('Ihr Anliegen')).toBeNull();
  });

  it('says when the format does not exist', async () => {
    server({ ConsultationFormat: () => apiError(ErrorCodes.FORMAT_NOT_FOUND, 'Dieses Beratungsformat gibt es nicht.') });
    renderWithProviders(<AppRoutes />, { route: '/werkbank/formate/unbekannt' });
    expect(await screen.findByText('Dieses Beratungsformat gibt es nicht (mehr).')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Alle Beratungsformate' })).toHaveLength(2);
  });
});
