import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { apiError, connection, FORMAT_ID, formatNode, groupFormat, requestsOf, uuid } from '../test/fixtures';
import { signedOut, workbenchServer } from '../test/server';
// Loaded up front: AppRoutes imports the workbench lazily, and the first transform is slow.
import './WorkbenchRoutes';
import { ErrorCodes } from '../../../lib/error-codes';

describe('WorkbenchPage (/werkbank)', () => {
  it('introduces the workbench and shows each format: title, topic field, advisor and organisation, duration, kind, mode', async () => {
    workbenchServer({ ConsultationFormats: () => ({ data: { consultationFormats: connection([formatNode(), groupFormat()]) } }) });
    renderWithProviders(<AppRoutes />, { route: '/werkbank' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Digitale Werkbank' })).toBeTruthy();
    expect(screen.getByText(/als „Denkraum“ – eine Gruppensitzung/)).toBeTruthy();

    const single = await screen.findByRole('article', { name: 'Digitalisierungs-Check für die Intralogistik' });
    expect(single.textContent).toContain('Einzelberatung');
    expect(single.textContent).toContain('IT-Kompetenz');
    expect(single.textContent).toContain('Ben Berater · IHK Siegen');
    expect(single.textContent).toContain('60 Minuten · Online');
    expect(within(single).getByRole('link').getAttribute('href')).toBe(`/werkbank/formate/${FORMAT_ID}`);

    const group = screen.getByRole('article', { name: 'Denkraum KI im Mittelstand' });
    expect(group.textContent).toContain('Denkraum (Gruppe, bis zu 8 Plätze)');
    expect(group.textContent).toContain('90 Minuten · Vor Ort: Koblenzer Straße 121, 57072 Siegen');
    expect(screen.getByText('2 von 2 Formaten angezeigt')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Meine Termine' }).getAttribute('href')).toBe('/werkbank/termine');
  });

  it('puts topic field and search words into the URL and the query, and resets them', async () => {
    const user = userEvent.setup();
    const { requests } = workbenchServer({ ConsultationFormats: () => ({ data: { consultationFormats: connection([formatNode()]) } }) });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/werkbank?themenfeld=networking' });
    await screen.findByRole('article');
    expect(requestsOf(requests, 'ConsultationFormats')[0]?.variables).toEqual({
      filter: { topicField: 'NETWORKING' },
      orderBy: 'NEWEST',
      first: 20,
      after: null,
    });
    await waitFor(() => expect((screen.getByLabelText('Themenfeld') as HTMLSelectElement).value).toBe('NETWORKING'));

    await user.selectOptions(screen.getByLabelText('Themenfeld'), 'IT-Kompetenz');
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Lager  KI{Enter}');
    await waitFor(() => expect(currentLocation(container)).toBe('/werkbank?themenfeld=it-competence&q=Lager+KI'));
    await waitFor(() =>
      expect(requestsOf(requests, 'ConsultationFormats').at(-1)?.variables.filter).toEqual({ query: 'Lager KI', topicField: 'IT_COMPETENCE' }),
    );

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/werkbank'));
    expect((screen.getByRole('searchbox', { name: 'Suche' }) as HTMLInputElement).value).toBe('');
  });

  it('shows the next free slot on each card and sorts by it through the URL', async () => {
    const user = userEvent.setup();
    const { requests } = workbenchServer({
      ConsultationFormats: () => ({ data: { consultationFormats: connection([formatNode(), groupFormat({ nextFreeSlot: null })]) } }),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/werkbank' });
    const one = await screen.findByRole('article', { name: 'Digitalisierungs-Check für die Intralogistik' });
    expect(one.textContent).toContain('Nächster freier Termin: 26.11.2026, 09:00');
    expect(screen.getByRole('article', { name: 'Denkraum KI im Mittelstand' }).textContent).toContain('Zurzeit kein freier Termin');
    await user.selectOptions(screen.getByLabelText('Sortierung'), 'Nächster freier Termin zuerst');
    await waitFor(() => expect(currentLocation(container)).toBe('/werkbank?sortierung=naechster-termin'));
    await waitFor(() => expect(requestsOf(requests, 'ConsultationFormats').at(-1)?.variables.orderBy).toBe('NEXT_FREE_SLOT'));
  });

  it('loads more formats page by page', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 21 }, (_, index) => formatNode({ id: uuid(100 + index), title: `Format ${index + 1}` }));
    workbenchServer({
      ConsultationFormats: (request) =>
        request.variables.after
          ? { data: { consultationFormats: connection(many.slice(20), { totalCount: 21 }) } }
          : { data: { consultationFormats: connection(many.slice(0, 20), { totalCount: 21, hasNextPage: true }) } },
    });
    renderWithProviders(<AppRoutes />, { route: '/werkbank' });
    expect(await screen.findByText('20 von 21 Formaten angezeigt')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('21 von 21 Formaten angezeigt')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();
  });

  it('says when nothing matches, when loading failed, and how to sign in to book', async () => {
    const user = userEvent.setup();
    let fail = true;
    workbenchServer({
      Me: signedOut,
      ConsultationFormats: () =>
        fail
          ? apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'Der Server ist gerade nicht erreichbar.')
          : { data: { consultationFormats: connection([]) } },
    });
    renderWithProviders(<AppRoutes />, { route: '/werkbank?q=Raumfahrt' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Beratungsformate konnten nicht geladen werden.');
    expect(alert.textContent).toContain('Der Server ist gerade nicht erreichbar.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Zu diesen Filtern gibt es kein Beratungsformat.')).toBeTruthy();
    expect(screen.getByText(/Zum Buchen melden Sie sich/)).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe(
      '/anmelden?weiter=%2Fwerkbank%3Fq%3DRaumfahrt',
    );
  });

  it('speaks English', async () => {
    const { i18n } = await import('../../../i18n');
    await i18n.changeLanguage('en');
    workbenchServer({ ConsultationFormats: () => ({ data: { consultationFormats: connection([groupFormat()]) } }) });
    renderWithProviders(<AppRoutes />, { route: '/werkbank' });
    const card = await screen.findByRole('article');
    expect(card.textContent).toContain('Denkraum (group, up to 8 seats)');
    expect(card.textContent).toContain('90 minutes · On site: Koblenzer Straße 121, 57072 Siegen');
    expect(screen.getByRole('heading', { level: 1, name: 'Digital workbench' })).toBeTruthy();
  });
});
