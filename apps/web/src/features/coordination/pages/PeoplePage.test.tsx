import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlatformRole } from '../../../gql/graphql';
import {
  AppRoutes,
  currentLocation,
  fakeGraphQL,
  operationName,
  renderWithProviders,
  type RecordedRequest,
  apiError,
  requestsOf,
} from '../../../test/utils';
import { connection } from '../../../test/fixtures';
import { person, viewer, type PersonNode } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/geschaeftsstelle/personen';

/** A people endpoint over `people` (mutable through the returned object) plus role mutations. */
function peopleServer({
  roles = ['COORDINATOR'] as PlatformRole[],
  onGrant,
}: { roles?: PlatformRole[]; onGrant?: (request: RecordedRequest) => ReturnType<typeof apiError> | null } = {}) {
  const state = {
    people: [
      person(),
      person({ id: 'user-ben', name: 'Ben Berater', email: 'beratung@demo.example.org', grantedRoles: ['ADVISOR'], memberships: [] }),
    ],
  };
  const setRoles = (userId: unknown, change: (roles: PlatformRole[]) => PlatformRole[]) => {
    state.people = state.people.map((node) => (node.id === userId ? { ...node, grantedRoles: change(node.grantedRoles) } : node));
  };
  const server = fakeGraphQL((request) => {
    const { userId, role } = request.variables as { userId: string; role: PlatformRole };
    switch (operationName(request)) {
      case 'People':
        return { data: { people: connection(state.people) } };
      case 'GrantRole': {
        const failure = onGrant?.(request);
        if (failure) return failure;
        setRoles(userId, (held) => [...held, role]);
        return { data: { grantRole: true } };
      }
      case 'WithdrawRole':
        setRoles(userId, (held) => held.filter((value) => value !== role));
        return { data: { withdrawRole: true } };
      default:
        return { data: viewer(roles) };
    }
  });
  return { ...server, state };
}

const row = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;

describe('PeoplePage', () => {
  it('lists people with organisations, roles and offices; filters live in the URL', async () => {
    const user = userEvent.setup();
    const { requests, state } = peopleServer();
    state.people = [person({ offices: ['Oberbürgermeister Dortmund'], emailVerified: false })];
    const { container } = renderWithProviders(<AppRoutes />, { route: `${ROUTE}?rolle=official` });
    const vera = await row('Vera Velkamp');
    expect(vera.textContent).toContain('velkamp@demo.example.org (nicht bestätigt)');
    expect(vera.textContent).toContain('Velkamp Intralogistik GmbH (Inhaber/in)');
    expect(vera.textContent).toContain('Oberbürgermeister Dortmund');
    expect(screen.getByText('1 von 1 angezeigt')).toBeTruthy();
    expect(requestsOf(requests, 'People')[0]?.variables).toEqual({ first: 20, after: null, filter: { role: 'OFFICIAL' } });
    expect((screen.getByLabelText('Rolle') as HTMLSelectElement).value).toBe('OFFICIAL');

    await user.type(screen.getByRole('searchbox', { name: 'Name oder E-Mail-Adresse' }), 'vera  velk');
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?rolle=official&q=vera+velk`));
    await waitFor(() => expect(requestsOf(requests, 'People').at(-1)?.variables.filter).toEqual({ search: 'vera velk', role: 'OFFICIAL' }));

    await user.selectOptions(screen.getByLabelText('Rolle'), 'Alle Rollen');
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?q=vera+velk`));
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(currentLocation(container)).toBe(ROUTE));
    expect((screen.getByRole('searchbox', { name: 'Name oder E-Mail-Adresse' }) as HTMLInputElement).value).toBe('');
  });

  it('loads more people', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 23 }, (_, index) => person({ id: `user-${index + 1}`, name: `Person ${index + 1}` }));
    fakeGraphQL((request) => {
      if (operationName(request) !== 'People') return { data: viewer() };
      return request.variables.after
        ? { data: { people: connection(many.slice(20), { totalCount: 23 }) } }
        : { data: { people: connection(many.slice(0, 20), { totalCount: 23, hasNextPage: true }) } };
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Personen mit Konto' });
    expect(screen.getByText('20 von 23 angezeigt')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(24));
  });

  it('coordinators grant OFFICIAL or ADVISOR; the list updates and a status says so', async () => {
    const user = userEvent.setup();
    const { requests } = peopleServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const vera = await row('Vera Velkamp');
    const select = within(vera).getByRole('combobox', { name: 'Rolle vergeben an Vera Velkamp' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Rolle wählen', 'Amtsträger/in', 'Berater/in']);
    await user.selectOptions(select, 'Berater/in');
    await user.click(within(vera).getByRole('button', { name: 'Vergeben' }));
    const status = await screen.findByText('Vera Velkamp hat jetzt die Rolle „Berater/in“.');
    expect(status.getAttribute('role')).toBe('status');
    expect(requestsOf(requests, 'GrantRole')[0]?.variables).toEqual({ userId: 'user-vera', role: 'ADVISOR' });
    expect(await within(vera).findByRole('button', { name: '„Berater/in“ entziehen' })).toBeTruthy();
    expect(requestsOf(requests, 'People')).toHaveLength(2);
  });

  it('administrators may grant every role', async () => {
    peopleServer({ roles: ['ADMIN'] });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const select = within(await row('Vera Velkamp')).getByRole('combobox', { name: 'Rolle vergeben an Vera Velkamp' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Rolle wählen', 'Amtsträger/in', 'Berater/in', 'Geschäftsstelle', 'Administration']);
  });

  it('shows the API error inline at the control, linked to it', async () => {
    const user = userEvent.setup();
    peopleServer({ onGrant: () => apiError(ErrorCodes.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.') });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const vera = await row('Vera Velkamp');
    const select = within(vera).getByRole('combobox', { name: 'Rolle vergeben an Vera Velkamp' });
    await user.click(within(vera).getByRole('button', { name: 'Vergeben' }));
    expect(within(vera).getByRole('alert').textContent).toBe('Bitte wählen Sie eine Rolle.');

    await user.selectOptions(select, 'Amtsträger/in');
    await user.click(within(vera).getByRole('button', { name: 'Vergeben' }));
    await waitFor(() =>
      expect(within(vera).getByRole('alert').textContent).toBe('Die Rolle konnte nicht vergeben werden. Dafür fehlt Ihnen die Berechtigung.'),
    );
    const alert = within(vera).getByRole('alert');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(alert);
  });

  it('withdraws a role after confirmation; cancelling keeps it', async () => {
    const user = userEvent.setup();
    const { requests } = peopleServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const ben = await row('Ben Berater');
    await user.click(within(ben).getByRole('button', { name: '„Berater/in“ entziehen' }));
    const confirm = within(ben).getByRole('button', { name: 'Ja, entziehen' });
    expect(within(ben).getByRole('group', { name: 'Ben Berater die Rolle „Berater/in“ wirklich entziehen?' })).toBeTruthy();
    expect(document.activeElement).toBe(confirm);
    await user.click(within(ben).getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(within(ben).getByRole('button', { name: '„Berater/in“ entziehen' }));
    expect(requestsOf(requests, 'WithdrawRole')).toHaveLength(0);

    await user.click(within(ben).getByRole('button', { name: '„Berater/in“ entziehen' }));
    await user.click(within(ben).getByRole('button', { name: 'Ja, entziehen' }));
    const status = await screen.findByText('Ben Berater hat die Rolle „Berater/in“ nicht mehr.');
    expect(document.activeElement).toBe(status);
    expect(requestsOf(requests, 'WithdrawRole')[0]?.variables).toEqual({ userId: 'user-ben', role: 'ADVISOR' });
    await waitFor(() => expect(within(ben).queryByRole('button', { name: '„Berater/in“ entziehen' })).toBeNull());
  });

  it('coordinators cannot withdraw roles only administrators hand out', async () => {
    const { state } = peopleServer();
    state.people = [person({ grantedRoles: ['COORDINATOR'] as PersonNode['grantedRoles'] })];
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const vera = await row('Vera Velkamp');
    expect(vera.textContent).toContain('Geschäftsstelle');
    expect(within(vera).queryByRole('button', { name: /entziehen/ })).toBeNull();
  });
});
