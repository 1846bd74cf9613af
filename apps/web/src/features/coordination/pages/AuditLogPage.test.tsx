import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { auditNode, viewer } from '../test/fixtures';
import { connection } from '../../../test/fixtures';

const ROUTE = '/geschaeftsstelle/protokoll';
const ACTOR = '7c0a9a52-3f52-4a0e-9b1e-0f5d7f3c2a11';

function logServer() {
  return fakeGraphQL((request) => {
    if (operationName(request) !== 'AuditEvents') return { data: viewer() };
    const page = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) =>
        auditNode(
          from + index,
          from + index === 0 ? { action: 'role.granted', entityType: 'User', actorUserId: ACTOR, changes: '{"role":"ADVISOR"}' } : {},
        ),
      );
    return request.variables.after
      ? { data: { auditEvents: connection(page(25, 5), { totalCount: 30 }) } }
      : { data: { auditEvents: connection(page(0, 25), { totalCount: 30, hasNextPage: true }) } };
  });
}

const csvHref = () => screen.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href');
const lastFilter = (requests: ReturnType<typeof logServer>['requests']) => requestsOf(requests, 'AuditEvents').at(-1)?.variables.filter;

describe('AuditLogPage', () => {
  it('lists the log newest first with "Weitere laden" and the CSV link', async () => {
    const user = userEvent.setup();
    logServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Protokolleinträge' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('role.granted');
    expect(table.textContent).toContain('15.01.2026, 09:30');
    expect(table.textContent).toContain('System');
    expect(screen.getByText('25 von 30 Einträgen angezeigt')).toBeTruthy();
    expect(csvHref()).toBe('/audit/export.csv');

    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(31));
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();
  });

  it('filters by action, entity type and Berlin days; the URL, the query and the CSV carry the same filter', async () => {
    const user = userEvent.setup();
    const { requests } = logServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByRole('table', { name: 'Protokolleinträge' });
    const form = screen.getByRole('search', { name: 'Protokoll filtern' });
    await user.type(within(form).getByLabelText('Aktion'), 'role.');
    await user.selectOptions(within(form).getByLabelText('Betroffen'), 'Person (User)');
    fireEvent.change(within(form).getByLabelText('Von (Tag)'), { target: { value: '2026-11-01' } });
    fireEvent.change(within(form).getByLabelText('Bis einschließlich (Tag)'), { target: { value: '2026-11-30' } });
    await user.click(within(form).getByRole('button', { name: 'Filtern' }));

    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?aktion=role.&betroffen=User&von=2026-11-01&bis=2026-11-30`));
    await waitFor(() =>
      expect(lastFilter(requests)).toEqual({ action: 'role.', entityType: 'User', from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' }),
    );
    expect(csvHref()).toBe('/audit/export.csv?action=role.&entityType=User&from=2026-10-31T23%3A00%3A00.000Z&to=2026-11-30T23%3A00%3A00.000Z');

    await user.click(within(form).getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(currentLocation(container)).toBe(ROUTE));
    expect((within(form).getByLabelText('Aktion') as HTMLInputElement).value).toBe('');
    expect(csvHref()).toBe('/audit/export.csv');
  });

  it('reads the filters from the URL (summer time too) and narrows to one person from the table', async () => {
    const user = userEvent.setup();
    const { requests } = logServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: `${ROUTE}?aktion=session.&von=2026-07-01&bis=2026-07-01` });
    const table = await screen.findByRole('table', { name: 'Protokolleinträge' });
    expect(lastFilter(requests)).toEqual({ action: 'session.', from: '2026-06-30T22:00:00.000Z', to: '2026-07-01T22:00:00.000Z' });
    expect((screen.getByLabelText('Aktion') as HTMLInputElement).value).toBe('session.');
    expect((screen.getByLabelText('Von (Tag)') as HTMLInputElement).value).toBe('2026-07-01');

    await user.click(within(table).getByRole('link', { name: `nur diese Person (${ACTOR})` }));
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?aktion=session.&von=2026-07-01&bis=2026-07-01&person=${ACTOR}`));
    await waitFor(() => expect(lastFilter(requests)).toMatchObject({ actorUserId: ACTOR }));
    expect(csvHref()).toContain(`actorUserId=${ACTOR}`);
    expect(screen.getByText(`Nur Einträge, die diese Person ausgelöst hat: ${ACTOR}`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Alle Personen zeigen' }));
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?aktion=session.&von=2026-07-01&bis=2026-07-01`));
  });

  it('refuses an action the API would reject and a range that ends before it starts', async () => {
    const user = userEvent.setup();
    const { requests } = logServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByRole('table', { name: 'Protokolleinträge' });
    const action = screen.getByLabelText('Aktion');
    await user.type(action, 'Role granted');
    await user.click(screen.getByRole('button', { name: 'Filtern' }));
    expect(action.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(action);
    expect(screen.getByText('Nur Kleinbuchstaben, Punkt und Unterstrich, höchstens 100 Zeichen.')).toBeTruthy();

    await user.clear(action);
    fireEvent.change(screen.getByLabelText('Von (Tag)'), { target: { value: '2026-11-02' } });
    const to = screen.getByLabelText('Bis einschließlich (Tag)');
    fireEvent.change(to, { target: { value: '2026-11-01' } });
    await user.click(screen.getByRole('button', { name: 'Filtern' }));
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(to);
    expect(requestsOf(requests, 'AuditEvents')).toHaveLength(1);
  });
});
