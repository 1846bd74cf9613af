import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { ErrorCodes } from '../../../lib/error-codes';
import { organisationNode, organisationsPage } from '../../../test/fixtures';
import { currentLocation, fakeGraphQL, operationName, renderWithProviders } from '../../../test/utils';
import { OrganisationsPage } from './OrganisationsPage';

function renderDirectory(route = '/organisationen') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisationen" element={<OrganisationsPage />} />
    </Routes>,
    { route },
  );
}

const filterOf = (request: { variables: Record<string, unknown> }) => request.variables.filter;

describe('OrganisationsPage filters ↔ URL', () => {
  it('initialises the controls from the URL and sends the filter to the API', async () => {
    const { requests } = fakeGraphQL(() => ({ data: organisationsPage([organisationNode(1)]) }));
    renderDirectory('/organisationen?region=maerkischer-kreis&art=company&mitglieder=1&q=Metall');

    expect((screen.getByLabelText('Region') as HTMLSelectElement).value).toBe('MAERKISCHER_KREIS');
    expect((screen.getByLabelText('Art') as HTMLSelectElement).value).toBe('COMPANY');
    expect((screen.getByLabelText('Nur Mitglieder der Partnerschaft') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Suche nach Name') as HTMLInputElement).value).toBe('Metall');

    await screen.findByText('Organisation 1');
    expect(operationName(requests[0]!)).toBe('Organisations');
    expect(filterOf(requests[0]!)).toEqual({
      kind: 'COMPANY',
      region: 'MAERKISCHER_KREIS',
      memberOnly: true,
      search: 'Metall',
    });
    expect(requests[0]!.variables.first).toBe(20);
  });

  it('writes select and checkbox changes into the URL and refetches', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL(() => ({ data: organisationsPage([organisationNode(1)]) }));
    const { container } = renderDirectory();
    await screen.findByText('Organisation 1');
    expect(filterOf(requests[0]!)).toBeNull();

    await user.selectOptions(screen.getByLabelText('Region'), 'Märkischer Kreis');
    expect(currentLocation(container)).toBe('/organisationen?region=maerkischer-kreis');
    await user.selectOptions(screen.getByLabelText('Seite der Partnerschaft'), 'Südwestfalen');
    await user.click(screen.getByLabelText('Nur Mitglieder der Partnerschaft'));
    expect(currentLocation(container)).toBe('/organisationen?region=maerkischer-kreis&seite=suedwestfalen&mitglieder=1');

    await waitFor(() => expect(filterOf(requests.at(-1)!)).toEqual({ region: 'MAERKISCHER_KREIS', side: 'SUEDWESTFALEN', memberOnly: true }));
  });

  it('debounces the search: the URL changes once, after typing pauses', async () => {
    const user = userEvent.setup();
    const { requests } = fakeGraphQL(() => ({ data: organisationsPage([organisationNode(1)]) }));
    const { container } = renderDirectory();
    await screen.findByText('Organisation 1');

    await user.type(screen.getByLabelText('Suche nach Name'), 'Siegen');
    expect(currentLocation(container)).toBe('/organisationen');
    await waitFor(() => expect(currentLocation(container)).toBe('/organisationen?q=Siegen'));
    await waitFor(() => expect(filterOf(requests.at(-1)!)).toEqual({ search: 'Siegen' }));
    const searchRequests = requests.filter((request) => filterOf(request) !== null);
    expect(searchRequests).toHaveLength(1);
  });

  it('resets all filters from the URL and the search box', async () => {
    const user = userEvent.setup();
    fakeGraphQL(() => ({ data: organisationsPage([organisationNode(1)]) }));
    const { container } = renderDirectory('/organisationen?q=abc&region=soest');
    await screen.findByText('Organisation 1');

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(currentLocation(container)).toBe('/organisationen');
    expect((screen.getByLabelText('Suche nach Name') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Region') as HTMLSelectElement).value).toBe('');
  });
});

describe('OrganisationsPage result states', () => {
  it('shows a busy loading state while the first page loads', async () => {
    let release: (() => void) | undefined;
    fakeGraphQL(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ data: organisationsPage([organisationNode(1)]) });
        }),
    );
    const { container } = renderDirectory();
    expect(screen.getByRole('status').textContent).toContain('Organisationen werden geladen');
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await waitFor(() => expect(release).toBeTypeOf('function'));
    release?.();
    await screen.findByText('Organisation 1');
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('lists results with count, kind, municipality, region and badges', async () => {
    fakeGraphQL(() => ({
      data: organisationsPage(
        [
          organisationNode(1, { name: 'IHK Beispiel', kind: 'CHAMBER', isMember: true, isFictional: false }),
          organisationNode(2, { name: 'Muster GmbH' }),
        ],
        { totalCount: 2 },
      ),
    }));
    renderDirectory();
    const list = await screen.findByRole('list', { name: 'Suchergebnisse' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Kammer');
    expect(items[0]!.textContent).toContain('Lüdenscheid');
    expect(items[0]!.textContent).toContain('Märkischer Kreis');
    expect(within(items[0]!).getByText('Mitglied')).toBeTruthy();
    expect(within(items[0]!).queryByText('fiktiv')).toBeNull();
    expect(within(items[1]!).getByText('fiktiv')).toBeTruthy();
    expect(within(items[1]!).getByRole('link', { name: 'Muster GmbH' }).getAttribute('href')).toBe('/organisationen/org-2');
    expect(screen.getByText('2 Organisationen gefunden')).toBeTruthy();
  });

  it('shows the empty state with a reset button', async () => {
    const user = userEvent.setup();
    fakeGraphQL(({ variables }) => ({
      data: organisationsPage(variables.filter ? [] : [organisationNode(1)], { totalCount: variables.filter ? 0 : 1 }),
    }));
    const { container } = renderDirectory('/organisationen?region=olpe');
    expect(await screen.findByText('Keine Organisationen gefunden', { selector: '.state__title' })).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Filter zurücksetzen' }).at(-1)!);
    expect(currentLocation(container)).toBe('/organisationen');
    expect(await screen.findByText('Organisation 1')).toBeTruthy();
  });

  it('shows the translated server message and retries', async () => {
    const user = userEvent.setup();
    let calls = 0;
    fakeGraphQL(() => {
      calls += 1;
      return calls === 1
        ? { errors: [{ message: 'Der Dienst ist gerade nicht erreichbar.', extensions: { code: ErrorCodes.SERVICE_UNAVAILABLE } }] }
        : { data: organisationsPage([organisationNode(7)]) };
    });
    renderDirectory();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Organisationen konnten nicht geladen werden.');
    expect(alert.textContent).toContain('Der Dienst ist gerade nicht erreichbar.');
    expect(alert.textContent).toContain(ErrorCodes.SERVICE_UNAVAILABLE);
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Organisation 7')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a translated message when the network is down', async () => {
    fakeGraphQL(() => ({ networkError: true }));
    renderDirectory();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Keine Verbindung zum Server');
  });

  it('loads further pages with the end cursor ("Weitere laden")', async () => {
    const user = userEvent.setup();
    const firstPage = Array.from({ length: 20 }, (_, index) => organisationNode(index + 1));
    const { requests } = fakeGraphQL(({ variables }) => ({
      data:
        variables.after === 'org-20'
          ? organisationsPage([organisationNode(21)], { totalCount: 21 })
          : organisationsPage(firstPage, { totalCount: 21, hasNextPage: true }),
    }));
    renderDirectory();
    await screen.findByText('Organisation 20');
    expect(screen.getByText('20 von 21 angezeigt')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('Organisation 21')).toBeTruthy();
    expect(requests.at(-1)!.variables).toMatchObject({ after: 'org-20', first: 20 });
    expect(within(screen.getByRole('list', { name: 'Suchergebnisse' })).getAllByRole('listitem')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();
  });
});
