import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meData } from '../../../test/fixtures';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { apiError, dashboardData, dashboardServer, emptyDashboard, official, requestsOf } from '../test/fixtures';
// Loaded up front: AppRoutes imports the dashboard lazily, and the first transform is slow.
import './DashboardRoutes';
import { ErrorCodes } from '../../../lib/error-codes';

const NOW = new Date('2026-11-22T08:16:00Z');

const region = (name: string) => screen.getByRole('region', { name });

describe('DashboardPage (/dashboard)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows period, region, "Stand", the privacy note and every panel with "< 3" for suppressed figures', async () => {
    const { requests } = dashboardServer();
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerschafts-Dashboard' })).toBeTruthy();
    expect(await screen.findByText('Stand: 22.11.2026, 09:15 Uhr')).toBeTruthy();
    expect(screen.getByText('4. Quartal 2026 (1. Oktober 2026 – 31. Dezember 2026)')).toBeTruthy();
    expect(screen.getByText(/Werte unter 3 werden als „< 3“ ausgewiesen/)).toBeTruthy();
    expect(screen.queryByText(/älter als 90 Sekunden/)).toBeNull();
    expect(requestsOf(requests, 'Dashboard')[0]?.variables).toEqual({ filter: { period: 'QUARTER' } });

    for (const heading of [
      'Organisationen',
      'Fachkräfte und Kompetenzen',
      'Verbindungen',
      'Digitale Werkbank',
      'Themenfelder',
      'Coworking',
      'Veranstaltungen',
      'Regionaler Kontext',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(within(region('Veranstaltungen')).getByText('Durchgeführte Veranstaltungen').nextSibling?.textContent).toBe('4');
    expect(within(region('Veranstaltungen')).getByText('Beschlüsse (in Protokollen)').nextSibling?.textContent).toBe('7');
    const decisions = within(region('Veranstaltungen')).getByRole('table', { name: /Beschlüsse nach ihrem Meilenstein/ });
    expect(within(decisions).getByRole('row', { name: /Meilenstein erreicht/ }).textContent).toContain('3');
    expect(within(region('Veranstaltungen')).getByRole('table', { name: /Teilnehmende nach Seite der Partnerschaft/ }).textContent).toContain(
      'Südwestfalen8',
    );
    const connections = region('Verbindungen');
    expect(within(connections).getByText('Annahmequote').nextSibling?.textContent).toBe('57\u00a0%');
    expect(within(connections).getByRole('table', { name: /Verbindungsmatrix: Kontaktanfragen/ })).toBeTruthy();
    expect(within(region('Fachkräfte und Kompetenzen')).getByRole('img', { name: /Diagramm: Bedarfe nach Themenfeld/ })).toBeTruthy();
    expect(screen.getByText('Illustrative Zahlen – keine amtliche Statistik')).toBeTruthy();
    expect(screen.getByText('Quelle: IT.NRW, Pendlerrechnung (2023, illustrativ)')).toBeTruthy();
    expect(screen.getByText('Quelle: IT.NRW (2023)')).toBeTruthy();
    // The workbench of an organisation: no-show rate on a basis of 9.
    const byOrganisation = screen.getByRole('table', { name: 'Werkbank nach beratender Organisation' });
    expect(within(byOrganisation).getByRole('rowheader', { name: 'IHK Siegen' })).toBeTruthy();
  });

  it('switches a chart to its table and back, and downloads its CSV', async () => {
    const user = userEvent.setup();
    dashboardServer();
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    const block = (await screen.findByRole('heading', { level: 3, name: 'Kontaktanfragen zwischen Dortmund und den Kreisen Südwestfalens' })).closest(
      '[role="group"]',
    ) as HTMLElement;
    expect(within(block).getByRole('img', { name: /Kreis Olpe: Bedarf in Dortmund, Angebot im Kreis 7/ })).toBeTruthy();
    await user.click(within(block).getByRole('button', { name: 'Tabelle anzeigen' }));
    const table = within(block).getByRole('table', { name: 'Kontaktanfragen zwischen Dortmund und den Kreisen Südwestfalens' });
    const olpe = within(table).getByRole('rowheader', { name: 'Kreis Olpe' }).closest('tr')!;
    expect(
      within(olpe)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['7', '4', '0', '0']);
    expect(within(block).queryByRole('img')).toBeNull();
    await user.click(within(block).getByRole('button', { name: 'Diagramm anzeigen' }));
    expect(within(block).getByRole('img')).toBeTruthy();

    await user.click(within(block).getByRole('button', { name: /CSV herunterladen/ }));
    expect(clicks).toEqual(['dashboard-verbindungen-2026-Q4.csv']);
    const csv = new TextDecoder().decode(await blobs[0]!.arrayBuffer());
    // TextDecoder drops the BOM by default: check the raw bytes for it.
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[0]).toBe(
      'Kreis;Bedarf in Dortmund, Angebot im Kreis;davon angenommen (Bedarf in Dortmund);Bedarf im Kreis, Angebot in Dortmund;davon angenommen (Bedarf im Kreis)',
    );
    expect(csv).toContain('Märkischer Kreis;0;0;< 3;< 3');
  });

  it('puts period and region into the URL and the request', async () => {
    const user = userEvent.setup();
    const { requests } = dashboardServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    await screen.findByText('Stand: 22.11.2026, 09:15 Uhr');
    await user.selectOptions(screen.getByLabelText('Zeitraum'), 'Monat');
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard?zeitraum=2026-11'));
    await user.selectOptions(screen.getByLabelText('Monat'), 'Oktober 2026');
    await user.selectOptions(screen.getByLabelText('Region'), 'Kreis Olpe');
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard?zeitraum=2026-10&region=olpe'));
    await waitFor(() =>
      expect(requestsOf(requests, 'Dashboard').at(-1)?.variables).toEqual({ filter: { period: 'MONTH', from: '2026-10-01', region: 'OLPE' } }),
    );
    expect(screen.getByRole('link', { name: 'Druckansicht' }).getAttribute('href')).toBe('/dashboard/druck?zeitraum=2026-10&region=olpe');

    await user.selectOptions(screen.getByLabelText('Zeitraum'), 'Eigener Zeitraum');
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard?zeitraum=eigener&von=2026-10-01&bis=2026-12-31&region=olpe'));
    await user.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard'));
    // Every change renders all panels again: slower than the default 5 s on a busy machine.
  }, 20_000);

  it('announces the notices (here: being calculated) in a live region', async () => {
    dashboardServer({ Dashboard: () => ({ data: dashboardData({ asOf: null }) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    const notice = await screen.findByText(/Die Zahlen werden gerade berechnet/);
    expect(notice.closest('[role="status"]')).toBeTruthy();
  });

  it('does not put "Stand" into a live region (it changes with every refresh)', async () => {
    dashboardServer();
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    const asOf = await screen.findByText('Stand: 22.11.2026, 09:15 Uhr');
    expect(asOf.closest('[role="status"], [aria-live]')).toBeNull();
  });

  it('warns when the figures were already older than 90 seconds when fetched (the server refresh is failing)', async () => {
    // 100 s old at the fetch: not yet two minutes, but the server refreshes every 30 s.
    dashboardServer({ Dashboard: () => ({ data: dashboardData({ asOf: '2026-11-22T08:14:20.000Z' }) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    const warning = await screen.findByText(/älter als 90 Sekunden/);
    expect(warning.closest('[role="status"]')).toBeTruthy();
  });

  it('does not warn for figures that were fresh when fetched, however long the page stays open', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    vi.setSystemTime(NOW);
    // Figures 10 s old at each fetch: the server refreshes on time.
    dashboardServer({ Dashboard: () => ({ data: dashboardData({ asOf: new Date(Date.now() - 10_000).toISOString() }) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    await screen.findByText('Stand: 22.11.2026, 09:15 Uhr');
    await act(() => vi.advanceTimersByTimeAsync(3 * 60_000));
    await screen.findByText('Stand: 22.11.2026, 09:18 Uhr');
    expect(screen.queryByText(/älter als/)).toBeNull();
  });

  it('asks for new figures every 30 seconds', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    vi.setSystemTime(NOW);
    const { requests } = dashboardServer();
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    await screen.findByText('Stand: 22.11.2026, 09:15 Uhr');
    expect(requestsOf(requests, 'Dashboard')).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await waitFor(() => expect(requestsOf(requests, 'Dashboard')).toHaveLength(2));
  });

  it('keeps the figures when a refresh fails: a notice with the time shown and a retry', async () => {
    const user = userEvent.setup();
    let fail = false;
    const { requests } = dashboardServer({ Dashboard: () => (fail ? { networkError: true } : { data: dashboardData() }) });
    const { queryClient } = renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    await screen.findByText('Stand: 22.11.2026, 09:15 Uhr');
    fail = true;
    await act(() => queryClient.refetchQueries({ queryKey: ['dashboard'] }));
    const notice = await screen.findByText(
      /Die Zahlen konnten gerade nicht aktualisiert werden; angezeigt wird der Stand von 22\.11\.2026, 09:15 Uhr/,
    );
    expect(notice.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Stand: 22.11.2026, 09:15 Uhr')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Verbindungen' })).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.queryByText(/konnten gerade nicht aktualisiert werden/)).toBeNull());
    expect(requestsOf(requests, 'Dashboard')).toHaveLength(3);
  });

  it('shows loading, then every panel for a period in which nothing happened', async () => {
    let answer: (value: { data: unknown }) => void = () => undefined;
    dashboardServer({ Dashboard: () => new Promise((resolve) => (answer = resolve)) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByText('Das Dashboard wird geladen …')).toBeTruthy();
    answer({ data: emptyDashboard() });
    // Projects, skill gaps and the regional context do not depend on the period: all panels stay.
    for (const heading of [
      'Organisationen',
      'Fachkräfte und Kompetenzen',
      'Verbindungen',
      'Digitale Werkbank',
      'Themenfelder',
      'Regionaler Kontext',
    ]) {
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(within(region('Verbindungen')).getByText('Kontaktanfragen (Matches)').nextSibling?.textContent).toBe('0');
    expect(screen.queryByText('Für diesen Zeitraum und diese Region gibt es noch keine Zahlen.')).toBeNull();
  });

  it('offers the period of the URL even when it is outside the usual choices', async () => {
    const { requests } = dashboardServer({
      Dashboard: () => ({ data: dashboardData({ period: { kind: 'YEAR', from: '2015-01-01', to: '2015-12-31' } }) }),
    });
    renderWithProviders(<AppRoutes />, { route: '/dashboard?zeitraum=2015' });
    await screen.findByText(/^2015 \(/);
    const year = screen.getByLabelText('Jahr') as HTMLSelectElement;
    expect(year.value).toBe('2015');
    expect(year.selectedOptions[0]?.textContent).toBe('2015');
    expect(requestsOf(requests, 'Dashboard')[0]?.variables).toEqual({ filter: { period: 'YEAR', from: '2015-01-01' } });
  });

  it('applies a custom period only when both days are valid and in order, and says what is wrong', async () => {
    const { requests } = dashboardServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: '/dashboard?zeitraum=eigener&von=2026-01-01&bis=2026-03-31' });
    await screen.findByText('Stand: 22.11.2026, 09:15 Uhr');
    const from = screen.getByLabelText('Von') as HTMLInputElement;
    const to = screen.getByLabelText('Bis') as HTMLInputElement;

    fireEvent.change(to, { target: { value: '' } });
    expect(to.value).toBe('');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (to.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy.join(' ')).toContain('Bitte geben Sie einen gültigen Tag ein.');
    expect(currentLocation(container)).toBe('/dashboard?zeitraum=eigener&von=2026-01-01&bis=2026-03-31');

    fireEvent.change(to, { target: { value: '2025-12-31' } });
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Das Ende darf nicht vor dem Beginn liegen.')).toBeTruthy();
    expect(currentLocation(container)).toBe('/dashboard?zeitraum=eigener&von=2026-01-01&bis=2026-03-31');
    expect(requestsOf(requests, 'Dashboard')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(from, { target: { value: '2025-12-01' } });
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard?zeitraum=eigener&von=2025-12-01&bis=2025-12-31'));
    expect(to.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Das Ende darf nicht vor dem Beginn liegen.')).toBeNull();
    await waitFor(() =>
      expect(requestsOf(requests, 'Dashboard').at(-1)?.variables).toEqual({ filter: { period: 'CUSTOM', from: '2025-12-01', to: '2025-12-31' } }),
    );
  });

  it("shows the API's message for an invalid custom period and retries", async () => {
    const user = userEvent.setup();
    let fail = true;
    dashboardServer({
      Dashboard: () =>
        fail ? apiError(ErrorCodes.DASHBOARD_PERIOD_INVALID, 'Für einen eigenen Zeitraum sind Beginn und Ende nötig.') : { data: dashboardData() },
    });
    renderWithProviders(<AppRoutes />, { route: '/dashboard?zeitraum=eigener&von=2026-01-01' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Das Dashboard konnte nicht geladen werden.');
    expect(alert.textContent).toContain('Für einen eigenen Zeitraum sind Beginn und Ende nötig.');
    expect(alert.textContent).toContain(ErrorCodes.DASHBOARD_PERIOD_INVALID);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Stand: 22.11.2026, 09:15 Uhr')).toBeTruthy();
  });

  it('speaks English', async () => {
    const { i18n } = await import('../../../i18n');
    await i18n.changeLanguage('en');
    dashboardServer();
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByText('As of 22 Nov 2026, 09:15')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Partnership dashboard' })).toBeTruthy();
    expect(screen.getByText('Q4 2026 (1 October 2026 – 31 December 2026)')).toBeTruthy();
    expect(screen.getByText('Illustrative figures – not an official statistic')).toBeTruthy();
  });
});

describe('dashboard access', () => {
  it('shows the navigation entry to officials, coordinators and admins only', async () => {
    dashboardServer();
    renderWithProviders(<AppRoutes />, { route: '/' });
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect((await within(nav).findByRole('link', { name: 'Dashboard' })).getAttribute('href')).toBe('/dashboard');
  });

  it('tells a company user there is no access, without asking the API for figures', async () => {
    const { requests } = dashboardServer({ Me: () => ({ data: meData({ name: 'Vera Velkamp', roles: [] }) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeTruthy();
    expect(screen.getByText(/Ihr Konto hat keine dieser Rollen/)).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).queryByRole('link', { name: 'Dashboard' })).toBeNull();
    expect(requestsOf(requests, 'Dashboard')).toHaveLength(0);
    expect(document.title).toBe('Kein Zugriff – Wirtschaftsinitiative Westfalen');
  });

  it('asks a signed-out visitor to sign in and return', async () => {
    dashboardServer({ Me: () => ({ data: { me: null } }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard/druck?zeitraum=2026' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe(
      '/anmelden?weiter=%2Fdashboard%2Fdruck%3Fzeitraum%3D2026',
    );
  });

  it('lets coordinators in', async () => {
    dashboardServer({ Me: () => ({ data: official(['COORDINATOR']) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerschafts-Dashboard' })).toBeTruthy();
  });
});

describe('DashboardPrintPage (/dashboard/druck)', () => {
  it('shows every figure as a table with period, region, "Stand" and a print button', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { requests } = dashboardServer();
    renderWithProviders(<AppRoutes />, { route: '/dashboard/druck?zeitraum=2026-Q4&region=dortmund' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerschafts-Dashboard – Druckansicht' })).toBeTruthy();
    expect(await screen.findByText(/Stand: /)).toBeTruthy();
    expect(requestsOf(requests, 'Dashboard')[0]?.variables).toEqual({ filter: { period: 'QUARTER', from: '2026-10-01', region: 'DORTMUND' } });
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /CSV herunterladen|Tabelle anzeigen/ })).toBeNull();
    expect(screen.getAllByRole('table').length).toBe(20);
    expect(screen.getByRole('table', { name: /Beteiligte Organisationen an Projekten nach Region/ }).textContent).toContain('Kreis Olpe');
    await user.click(screen.getByRole('button', { name: 'Drucken' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Zurück zum Dashboard' }).getAttribute('href')).toBe('/dashboard?zeitraum=2026-Q4&region=dortmund');
  });
});
