import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CreateOfficeInput, OfficeFieldsFragment } from '../../../gql/graphql';
import { organisationNode, organisationsPage, connection } from '../../../test/fixtures';
import { apiError, AppRoutes, fakeGraphQL, linkTexts, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { office, person, viewer } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/geschaeftsstelle/aemter';

const dortmund = organisationNode(1, { id: 'org-dortmund', name: 'Stadt Dortmund', kind: 'CITY' });
const successor = person({ id: 'user-new', name: 'Nina Nachfolgerin', email: 'nina@dortmund.example', memberships: [] });
const holder = person({ id: 'user-ob', name: 'Demo Oberbürgermeister', email: 'oberbuergermeister@demo.example.org', memberships: [] });

function officesServer(handle: (name: string | undefined, variables: Record<string, unknown>) => object | undefined = () => undefined) {
  let offices: OfficeFieldsFragment[] = [
    office(),
    office({ id: 'office-gs', title: 'Leitung Geschäftsstelle', role: 'COORDINATOR', holder: null, history: [] }),
  ];
  const server = fakeGraphQL((request) => {
    const name = operationName(request);
    const custom = handle(name, request.variables);
    if (custom) return custom as { data: unknown };
    switch (name) {
      case 'Offices':
        return { data: { offices } };
      case 'Organisations':
        return { data: organisationsPage([dortmund, organisationNode(2, { name: 'Stadt Hagen' })]) };
      case 'People':
        return { data: { people: connection([holder, successor]) } };
      case 'CreateOffice': {
        const input = request.variables.input as CreateOfficeInput;
        const created = office({ id: 'office-new', title: input.titleDe, holder: null, history: [] });
        offices = [...offices, created];
        return { data: { createOffice: created } };
      }
      case 'HandOverOffice': {
        const term = { userId: 'user-new', holderName: 'Nina Nachfolgerin', startedAt: '2026-11-22T10:00:00Z', endedAt: null };
        offices = offices.map((entry) =>
          entry.id === request.variables.officeId ? { ...entry, holder: term, history: [term, ...entry.history] } : entry,
        );
        return { data: { handOverOffice: offices[0] } };
      }
      default:
        return { data: viewer() };
    }
  });
  return server;
}

describe('OfficesPage', () => {
  it('lists offices by organisation with holder and history in Berlin time', async () => {
    officesServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const group = await screen.findByRole('region', { name: 'Stadt Dortmund' });
    const item = within(group).getByRole('heading', { level: 4, name: 'Oberbürgermeister Dortmund' }).closest('li')!;
    expect(item.textContent).toContain('Rolle: Amtsträger/in');
    expect(item.textContent).toContain('Demo Oberbürgermeister, seit 1. November 2025');
    expect(within(item).getByText('Geschichte (2)')).toBeTruthy();
    expect(item.textContent).toContain('Frühere Amtsinhaberin: 1. November 2020 bis 1. November 2025');
    const vacant = within(group).getByRole('heading', { level: 4, name: 'Leitung Geschäftsstelle' }).closest('li')!;
    expect(vacant.textContent).toContain('unbesetzt');
    expect(vacant.textContent).toContain('Ämter mit der Rolle „Geschäftsstelle“ übergibt nur die Administration.');
    expect(within(vacant).queryByRole('button', { name: 'Amt übergeben' })).toBeNull();
  });

  it('shows empty and error states', async () => {
    let fail = true;
    fakeGraphQL((request) => {
      if (operationName(request) === 'Offices')
        return fail ? apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'Interner Fehler.') : { data: { offices: [] } };
      if (operationName(request) === 'Organisations') return { data: organisationsPage([]) };
      return { data: viewer() };
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Die Ämter konnten nicht geladen werden.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('Es gibt noch keine Ämter.')).toBeTruthy();
  });

  it('creates an office; a duplicate title (OFFICE_EXISTS) is shown at the field and in the summary', async () => {
    const user = userEvent.setup();
    let duplicate = true;
    const { requests } = officesServer((name) =>
      name === 'CreateOffice' && duplicate
        ? apiError(ErrorCodes.OFFICE_EXISTS, 'Diese Organisation hat bereits ein Amt mit diesem Titel.')
        : undefined,
    );
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const form = await screen.findByRole('form', { name: 'Neues Amt anlegen' });
    const roles = within(form).getByRole('combobox', { name: 'Rolle des Amts' }) as HTMLSelectElement;
    expect(roles.value).toBe('OFFICIAL');
    expect(
      within(roles)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Amtsträger/in', 'Berater/in']);

    // Nothing filled in: every problem is listed and the summary takes focus.
    await user.click(within(form).getByRole('button', { name: 'Amt anlegen' }));
    const summary = within(form).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(linkTexts(summary)).toEqual([
      'Organisation: Bitte wählen Sie eine Organisation.',
      'Titel auf Deutsch: Bitte geben Sie 2 bis 120 Zeichen ein.',
      'Titel auf Englisch: Bitte geben Sie 2 bis 120 Zeichen ein.',
    ]);

    await user.type(within(form).getByRole('searchbox', { name: 'Organisation suchen' }), 'dort');
    await waitFor(() => expect(requestsOf(requests, 'Organisations').at(-1)?.variables.filter).toEqual({ search: 'dort' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Organisation' }), 'Stadt Dortmund');
    await user.type(within(form).getByRole('textbox', { name: 'Titel auf Deutsch' }), 'Oberbürgermeister Dortmund');
    await user.type(within(form).getByRole('textbox', { name: 'Titel auf Englisch' }), 'Lord Mayor of Dortmund');
    await user.click(within(form).getByRole('button', { name: 'Amt anlegen' }));

    await waitFor(() => expect(within(form).getAllByText(/Diese Organisation hat bereits ein Amt mit diesem Titel\./).length).toBeGreaterThan(0));
    const titleDe = within(form).getByRole('textbox', { name: 'Titel auf Deutsch' });
    expect(titleDe.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(titleDe.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toContain(
      'Diese Organisation hat bereits ein Amt mit diesem Titel.',
    );
    expect(document.activeElement?.className).toBe('error-summary');
    expect(requestsOf(requests, 'CreateOffice')[0]?.variables.input).toEqual({
      organisationId: 'org-dortmund',
      titleDe: 'Oberbürgermeister Dortmund',
      titleEn: 'Lord Mayor of Dortmund',
      role: 'OFFICIAL',
    });

    duplicate = false;
    await user.clear(titleDe);
    await user.type(titleDe, 'Bürgermeisterin Dortmund');
    await user.click(within(form).getByRole('button', { name: 'Amt anlegen' }));
    const status = await within(form).findByText(
      'Das Amt „Bürgermeisterin Dortmund“ von Stadt Dortmund ist angelegt. Übergeben Sie es jetzt an eine Person.',
    );
    expect(document.activeElement).toBe(status);
    expect(titleDe.getAttribute('aria-invalid')).toBeNull();
    expect(await screen.findByRole('heading', { level: 4, name: 'Bürgermeisterin Dortmund' })).toBeTruthy();
  });

  it('hands an office over after confirmation; SUCCESSOR_NOT_MEMBER shows at the successor field', async () => {
    const user = userEvent.setup();
    let notMember = true;
    const { requests } = officesServer((name) =>
      name === 'HandOverOffice' && notMember
        ? apiError(ErrorCodes.SUCCESSOR_NOT_MEMBER, 'Die Nachfolge muss Mitglied der Organisation sein, zu der das Amt gehört.')
        : undefined,
    );
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const item = (await screen.findByRole('heading', { level: 4, name: 'Oberbürgermeister Dortmund' })).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Amt übergeben' }));
    const select = within(item).getByRole('combobox', { name: 'Nachfolge' });
    expect(document.activeElement).toBe(select);
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Person wählen', 'Nina Nachfolgerin (nina@dortmund.example)']),
    );
    expect(requestsOf(requests, 'People')[0]?.variables).toEqual({ first: 100, after: null, filter: { organisationId: 'org-dortmund' } });

    await user.click(within(item).getByRole('button', { name: 'Weiter' }));
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(item.textContent).toContain('Bitte wählen Sie die Nachfolge.');

    await user.selectOptions(select, 'Nina Nachfolgerin (nina@dortmund.example)');
    await user.click(within(item).getByRole('button', { name: 'Weiter' }));
    const group = within(item).getByRole('group', {
      name: '„Oberbürgermeister Dortmund“ an Nina Nachfolgerin übergeben? Nina Nachfolgerin erhält damit die Rolle „Amtsträger/in“.',
    });
    expect(group.textContent).toContain(
      'Demo Oberbürgermeister gibt das Amt ab, verliert die Rolle „Amtsträger/in“ und wird auf allen Geräten abgemeldet.',
    );
    await user.click(within(group).getByRole('button', { name: 'Ja, übergeben' }));

    const field = await within(item).findByRole('combobox', { name: 'Nachfolge' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(item.textContent).toContain(
      'Das Amt konnte nicht übergeben werden. Die Nachfolge muss Mitglied der Organisation sein, zu der das Amt gehört.',
    );
    expect(document.activeElement).toBe(field);

    notMember = false;
    await user.click(within(item).getByRole('button', { name: 'Weiter' }));
    await user.click(within(item).getByRole('button', { name: 'Ja, übergeben' }));
    const status = await within(item).findByText('„Oberbürgermeister Dortmund“ ist jetzt bei Nina Nachfolgerin.');
    expect(document.activeElement).toBe(status);
    expect(requestsOf(requests, 'HandOverOffice').at(-1)?.variables).toEqual({ officeId: 'office-ob', successorUserId: 'user-new' });
    await waitFor(() => expect(item.textContent).toContain('Nina Nachfolgerin, seit 22. November 2026'));
  });
});
