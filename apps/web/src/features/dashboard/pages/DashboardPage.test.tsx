import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../app/AppRoutes';
import { meData } from '../../../test/fixtures';
import { currentLocation, renderWithProviders } from '../../../test/utils';
import { apiError, dashboardData, dashboardServer, emptyDashboard, official, requestsOf } from '../test/fixtures';
// Loaded up front: AppRoutes imports the dashboard lazily, and the first transform is slow.
import './DashboardRoutes';

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
    expect(screen.queryByText(/älter als zwei Minuten/)).toBeNull();
    expect(requestsOf(requests, 'Dashboard')[0]?.variables).toEqual({ filter: { period: 'QUARTER' } });

    for (const heading of ['Organisationen', 'Fachkräfte und Kompetenzen', 'Verbindungen', 'Digitale Werkbank', 'Themenfelder', 'Regionaler Kontext']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
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
    const block = (await screen.findByRole('heading', { level: 3, name: 'Kontaktanfragen zwischen Dortmund und den Kreisen Südwestfalens' })).closest('[role="group"]') as HTMLElement;
    expect(within(block).getByRole('img', { name: /Kreis Olpe: Bedarf in Dortmund, Angebot im Kreis 7/ })).toBeTruthy();
    await user.click(within(block).getByRole('button', { name: 'Tabelle anzeigen' }));
    const table = within(block).getByRole('table', { name: 'Kontaktanfragen zwischen Dortmund und den Kreisen Südwestfalens' });
    const olpe = within(table).getByRole('rowheader', { name: 'Kreis Olpe' }).closest('tr')!;
    expect(within(olpe).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['7', '4', '0', '0']);
    expect(within(block).queryByRole('img')).toBeNull();
    await user.click(within(block).getByRole('button', { name: 'Diagramm anzeigen' }));
    expect(within(block).getByRole('img')).toBeTruthy();

    await user.click(within(block).getByRole('button', { name: /CSV herunterladen/ }));
    expect(clicks).toEqual(['dashboard-verbindungen-2026-Q4.csv']);
    const csv = new TextDecoder().decode(await blobs[0]!.arrayBuffer());
    // TextDecoder drops the BOM by default: check the raw bytes for it.
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[0]).toBe('Kreis;Bedarf in Dortmund, Angebot im Kreis;davon angenommen (Bedarf in Dortmund);Bedarf im Kreis, Angebot in Dortmund;davon angenommen (Bedarf im Kreis)');
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
    await waitFor(() => expect(requestsOf(requests, 'Dashboard').at(-1)?.variables).toEqual({ filter: { period: 'MONTH', from: '2026-10-01', region: 'OLPE' } }));
    expect(screen.getByRole('link', { name: 'Druckansicht' }).getAttribute('href')).toBe('/dashboard/druck?zeitraum=2026-10&region=olpe');

    await user.selectOptions(screen.getByLabelText('Zeitraum'), 'Eigener Zeitraum');
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard?zeitraum=eigener&von=2026-10-01&bis=2026-12-31&region=olpe'));
    await user.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/dashboard'));
    // Every change renders all panels again: slower than the default 5 s on a busy machine.
  }, 20_000);

  it('says when the figures are being calculated or are stale', async () => {
    dashboardServer({ Dashboard: () => ({ data: dashboardData({ asOf: null }) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByText(/Die Zahlen werden gerade berechnet/)).toBeTruthy();
  });

  it('warns when the figures are older than two minutes', async () => {
    dashboardServer({ Dashboard: () => ({ data: dashboardData({ asOf: '2026-11-22T08:10:00.000Z' }) }) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByText(/älter als zwei Minuten/)).toBeTruthy();
  });

  it('shows loading, then the empty state for a period without figures', async () => {
    let answer: (value: { data: unknown }) => void = () => undefined;
    dashboardServer({ Dashboard: () => new Promise((resolve) => (answer = resolve)) });
    renderWithProviders(<AppRoutes />, { route: '/dashboard' });
    expect(await screen.findByText('Das Dashboard wird geladen …')).toBeTruthy();
    answer({ data: emptyDashboard() });
    expect(await screen.findByText('Für diesen Zeitraum und diese Region gibt es noch keine Zahlen.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Verbindungen' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Regionaler Kontext' })).toBeTruthy();
  });

  it("shows the API's message for an invalid custom period and retries", async () => {
    const user = userEvent.setup();
    let fail = true;
    dashboardServer({
      Dashboard: () => (fail ? apiError('DASHBOARD_PERIOD_INVALID', 'Für einen eigenen Zeitraum sind Beginn und Ende nötig.') : { data: dashboardData() }),
    });
    renderWithProviders(<AppRoutes />, { route: '/dashboard?zeitraum=eigener&von=2026-01-01' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Das Dashboard konnte nicht geladen werden.');
    expect(alert.textContent).toContain('Für einen eigenen Zeitraum sind Beginn und Ende nötig.');
    expect(alert.textContent).toContain('DASHBOARD_PERIOD_INVALID');
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
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe('/anmelden?weiter=%2Fdashboard%2Fdruck%3Fzeitraum%3D2026');
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
    expect(screen.getAllByRole('table').length).toBe(15);
    await user.click(screen.getByRole('button', { name: 'Drucken' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Zurück zum Dashboard' }).getAttribute('href')).toBe('/dashboard?zeitraum=2026-Q4&region=dortmund');
  });
});
