import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, renderWithProviders } from '../../../test/utils';
import { advisorServer, formatNode, uuid } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/werkbank/beratung';

describe('FormatsPage', () => {
  it('lists my formats with status, kind and place; each links to its form', async () => {
    advisorServer({
      AdvisorFormats: () => ({
        data: {
          myConsultationFormats: [
            formatNode(),
            formatNode({
              id: uuid(2),
              title: 'Denkraum Nachfolge',
              status: 'ARCHIVED',
              capacity: 8,
              mode: 'ONSITE',
              location: 'Koblenzer Str. 121, 57072 Siegen',
              meetingLink: null,
            }),
          ],
        },
      }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const list = await screen.findByRole('list', { name: 'Meine Formate' }, { timeout: 5000 });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(screen.getByText('2 Formate')).toBeTruthy();
    expect(within(items[0]!).getByRole('heading', { name: 'Erstberatung Fördermittel' })).toBeTruthy();
    expect(items[0]!.textContent).toContain('Aktiv');
    expect(items[0]!.textContent).toContain('Einzelberatung');
    expect(items[0]!.textContent).toContain('60 Minuten');
    expect(items[0]!.textContent).toContain('Online');
    expect(items[0]!.textContent).toContain('Industrie- und Handelskammer Siegen');
    expect(items[1]!.textContent).toContain('Archiviert');
    expect(items[1]!.textContent).toContain('Denkraum für bis zu 8 Unternehmen');
    expect(items[1]!.textContent).toContain('Vor Ort: Koblenzer Str. 121, 57072 Siegen');
    expect(within(items[1]!).getByRole('link', { name: 'Bearbeiten Denkraum Nachfolge' }).getAttribute('href')).toBe(
      `/werkbank/beratung/formate/${uuid(2)}`,
    );
    expect(screen.getByRole('link', { name: 'Neues Format' }).getAttribute('href')).toBe('/werkbank/beratung/formate/neu');
  });

  it('shows loading, then the empty state', async () => {
    let answer: (() => void) | undefined;
    advisorServer({ AdvisorFormats: () => new Promise((resolve) => (answer = () => resolve({ data: { myConsultationFormats: [] } }))) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Formate werden geladen …')).toBeTruthy();
    answer?.();
    expect(await screen.findByText('Sie bieten noch keine Beratungsformate an.')).toBeTruthy();
    expect(screen.getByText(/Legen Sie Ihr erstes Format an/)).toBeTruthy();
  });

  it('shows an error with retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    advisorServer({
      AdvisorFormats: () =>
        fail
          ? { errors: [{ message: 'Dafür fehlt Ihnen die Berechtigung.', extensions: { code: ErrorCodes.FORBIDDEN } }] }
          : { data: { myConsultationFormats: [formatNode()] } },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Formate konnten nicht geladen werden.');
    expect(alert.textContent).toContain('Dafür fehlt Ihnen die Berechtigung.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { name: 'Erstberatung Fördermittel' })).toBeTruthy();
  });

  it('is in English too', async () => {
    const user = userEvent.setup();
    advisorServer({ AdvisorFormats: () => ({ data: { myConsultationFormats: [formatNode({ capacity: 5 })] } }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByRole('heading', { name: 'Meine Formate' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'My formats' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sections of the advisor area' })).toBeTruthy();
    expect(screen.getByText('Think tank for up to 5 companies')).toBeTruthy();
  });
});
