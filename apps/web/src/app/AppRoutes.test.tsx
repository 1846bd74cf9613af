import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { organisationNode, organisationsPage, topicFieldsData } from '../test/fixtures';
import { fakeGraphQL, linkTexts, operationName, renderWithProviders } from '../test/utils';
import { AppRoutes } from './AppRoutes';
import { activeNavItem } from './components/Header';

describe('app shell', () => {
  it('has landmarks, a skip link to #main, one h1 and the demo-data notice', async () => {
    fakeGraphQL((request) => (operationName(request) === 'DemoData' ? { data: { demoData: true } } : { data: topicFieldsData() }));
    renderWithProviders(<AppRoutes />);
    expect(screen.getByRole('banner')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(linkTexts(nav)).toEqual(['Start', 'Themenfelder', 'Organisationen', 'Börse', 'Werkbank', 'Veranstaltungen', 'Coworking']);
    expect(within(nav).getByRole('link', { name: 'Werkbank' }).getAttribute('href')).toBe('/werkbank');
    expect(within(nav).getByRole('link', { name: 'Börse' }).getAttribute('href')).toBe('/boerse');
    expect(screen.getByRole('main').id).toBe('main');
    await waitFor(() => expect(screen.getByRole('contentinfo').textContent).toContain('Demo-Daten: Unternehmen sind fiktiv'));
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' }).getAttribute('href')).toBe('#main');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // IT-Kompetenz has no projects yet: no 0 % bar, a plain "no projects yet" instead.
    expect(await screen.findAllByRole('progressbar')).toHaveLength(4);
    expect(screen.queryByRole('progressbar', { name: 'Fortschritt im Themenfeld IT-Kompetenz' })).toBeNull();
    const card = screen.getByRole('heading', { level: 3, name: 'IT-Kompetenz' }).closest('article')!;
    expect(within(card).getByText('Noch keine Projekte')).toBeTruthy();
  });

  it('says nothing about fictional data where the API reports no demo data (production)', async () => {
    const { requests } = fakeGraphQL((request) =>
      operationName(request) === 'DemoData' ? { data: { demoData: false } } : { data: topicFieldsData() },
    );
    renderWithProviders(<AppRoutes />);
    await waitFor(() => expect(requests.some((request) => operationName(request) === 'DemoData')).toBe(true));
    expect(await screen.findAllByRole('progressbar')).toHaveLength(4);
    expect(screen.getByRole('contentinfo').textContent).not.toContain('fiktiv');
    expect(screen.getByRole('contentinfo').textContent).toContain('Eine Partnerschaft von Dortmund und Südwestfalen.');
  });

  it('moves focus to the new page heading after navigation', async () => {
    const user = userEvent.setup();
    fakeGraphQL((request) =>
      operationName(request) === 'TopicFields' ? { data: topicFieldsData() } : { data: organisationsPage([organisationNode(1)]) },
    );
    renderWithProviders(<AppRoutes />);
    await user.click(screen.getByRole('link', { name: 'Organisationen' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Organisationen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('link', { name: 'Organisationen' }).getAttribute('aria-current')).toBe('page');
  });

  it('renders a 404 page for unknown paths', () => {
    fakeGraphQL(() => ({ data: topicFieldsData() }));
    renderWithProviders(<AppRoutes />, { route: '/gibt-es-nicht' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seite nicht gefunden');
    expect(screen.getByText('Die Adresse /gibt-es-nicht gibt es in diesem Portal nicht.')).toBeTruthy();
  });

  it('marks the active navigation item', () => {
    expect(activeNavItem('/', '')).toBe('home');
    expect(activeNavItem('/', '#themenfelder')).toBe('topicFields');
    expect(activeNavItem('/veranstaltungen/abc', '')).toBe('meetings');
    expect(activeNavItem('/themenfelder/recovery', '')).toBe('topicFields');
    expect(activeNavItem('/organisationen/abc', '')).toBe('organisations');
    expect(activeNavItem('/boerse', '')).toBe('board');
    expect(activeNavItem('/boerse/angebote/abc', '')).toBe('board');
    expect(activeNavItem('/boersenbericht', '')).toBeNull();
    expect(activeNavItem('/dashboard', '')).toBe('dashboard');
    expect(activeNavItem('/dashboard/druck', '')).toBe('dashboard');
    expect(activeNavItem('/sonstwo', '')).toBeNull();
  });
});
