import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meData, topicFieldsData, connection } from '../../../test/fixtures';
import { AppRoutes, fakeGraphQL, operationName, renderWithProviders, isShellRequest } from '../../../test/utils';

type Reply = Awaited<ReturnType<Parameters<typeof fakeGraphQL>[0]>>;
import { viewer } from '../test/fixtures';

const AREA_ROUTES = ['/geschaeftsstelle', '/geschaeftsstelle/personen', '/geschaeftsstelle/aemter', '/geschaeftsstelle/protokoll'];

/** A coordinator's view: every list of the area answers empty; `me` may fail. */
function emptyArea(me: () => Reply = () => ({ data: viewer() })) {
  return fakeGraphQL((request) => {
    switch (operationName(request)) {
      case 'Me':
        return me();
      case 'UnverifiedOrganisations':
        return { data: { organisations: connection([]) } };
      case 'People':
        return { data: { people: connection([]) } };
      case 'Offices':
        return { data: { offices: [] } };
      case 'Organisations':
        return { data: { organisations: connection([]) } };
      case 'AuditEvents':
        return { data: { auditEvents: connection([]) } };
      case 'ProjectProposals':
        return { data: { projectProposals: [] } };
      default:
        return { data: topicFieldsData() };
    }
  });
}

describe('CoordinationLayout', () => {
  it.each(AREA_ROUTES)('%s: signed-out visitors get "no access" and a sign-in link back here', async (route) => {
    const { requests } = fakeGraphQL(() => ({ data: { me: null } }));
    renderWithProviders(<AppRoutes />, { route });
    expect(await screen.findByText('Kein Zugang')).toBeTruthy();
    expect(screen.getByRole('main').textContent).toContain('Bitte melden Sie sich an.');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe(
      `/anmelden?weiter=${encodeURIComponent(route)}`,
    );
    expect(screen.queryByRole('navigation', { name: 'Bereiche der Geschäftsstelle' })).toBeNull();
    expect(requests.every(isShellRequest)).toBe(true);
  });

  it.each(AREA_ROUTES)('%s: other roles get no access, no area request and no header entry', async (route) => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL(() => ({ data: meData({ roles: ['ADVISOR'] }) }));
    renderWithProviders(<AppRoutes />, { route });
    expect(await screen.findByText('Dieser Bereich ist nur für die Geschäftsstelle und die Administration.')).toBeTruthy();
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: /Anna Beispiel/ }));
    expect(within(banner).queryByRole('link', { name: 'Geschäftsstelle' })).toBeNull();
    expect(requests.every(isShellRequest)).toBe(true);
  });

  it('shows loading, then an error with retry when the person cannot be loaded', async () => {
    const user = userEvent.setup();
    let fail = true;
    emptyArea(() => (fail ? { networkError: true } : { data: viewer() }));
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle/aemter' });
    expect(screen.getByText('Wird geladen …')).toBeTruthy();
    expect(await screen.findByText('Die Seite konnte nicht geladen werden.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('navigation', { name: 'Bereiche der Geschäftsstelle' })).toBeTruthy();
  });

  it('coordinators see the entry in the header menu', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) => (operationName(request) === 'Me' ? { data: viewer() } : { data: topicFieldsData() }));
    renderWithProviders(<AppRoutes />);
    const banner = screen.getByRole('banner');
    await user.click(await within(banner).findByRole('button', { name: /Gabi Geschäftsstelle/ }));
    expect(within(banner).getByRole('link', { name: 'Geschäftsstelle' }).getAttribute('href')).toBe('/geschaeftsstelle');
  });

  it('has a sub-navigation marking the current page; each page sets its title', async () => {
    const user = userEvent.setup();
    emptyArea();
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle' });
    const nav = await screen.findByRole('navigation', { name: 'Bereiche der Geschäftsstelle' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Verifizierung', '/geschaeftsstelle'],
      ['Personen und Rollen', '/geschaeftsstelle/personen'],
      ['Ämter', '/geschaeftsstelle/aemter'],
      ['Protokoll', '/geschaeftsstelle/protokoll'],
      ['Projektvorschläge', '/geschaeftsstelle/projektvorschlaege'],
      ['Postausgang', '/geschaeftsstelle/postausgang'],
    ]);
    const current = () =>
      within(nav)
        .getAllByRole('link')
        .filter((link) => link.getAttribute('aria-current') === 'page')
        .map((link) => link.textContent);
    expect(current()).toEqual(['Verifizierung']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Zu prüfende Organisationen' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Verifizierung – Geschäftsstelle – Wirtschaftsinitiative Westfalen'));

    const pages: Array<[string, string]> = [
      ['Personen und Rollen', 'Personen und Rollen'],
      ['Ämter', 'Ämter'],
      ['Protokoll', 'Protokoll'],
      ['Projektvorschläge', 'Projektvorschläge'],
      ['Postausgang', 'Postausgang'],
    ];
    for (const [link, heading] of pages) {
      await user.click(within(nav).getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy();
      expect(current()).toEqual([link]);
      expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Geschäftsstelle']);
      await waitFor(() => expect(document.title).toBe(`${link} – Geschäftsstelle – Wirtschaftsinitiative Westfalen`));
    }
  });

  it('unknown pages below the area are not found', () => {
    emptyArea();
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle/gibt-es-nicht' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seite nicht gefunden');
  });
});
