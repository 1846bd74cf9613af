import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, renderWithProviders } from '../../../test/utils';
import { advisorServer, figuresData, formatFiguresNode, uuid } from '../test/fixtures';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = '/werkbank/beratung/kennzahlen';

/** Intl puts a (narrow) no-break space before "%". */
const text = (element: Element) => (element.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(text);

const byFormat = () => [
  formatFiguresNode({ bookings: 12, upcoming: 2, attended: 8, noShows: 2, noShowRate: 0.2, utilisation: 0.75 }),
  formatFiguresNode({ formatId: uuid(2), title: 'Denkraum Nachfolge', bookings: 1, upcoming: 1 }),
];

describe('FiguresPage', () => {
  it('shows the totals and a row per format; missing rates are "–" with an explanation', async () => {
    advisorServer({ AdvisorFigures: () => ({ data: figuresData(byFormat(), { noShowRate: 0.2, utilisation: null }) }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Kennzahlen je Format' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 2, name: 'Meine Kennzahlen' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Kennzahlen – Beratungsbereich – Wirtschaftsinitiative Westfalen'));
    expect(screen.getByRole('navigation', { name: 'Bereiche der Beratung' }).querySelector('[aria-current="page"]')?.textContent).toBe('Kennzahlen');

    const totals = screen.getByLabelText('Insgesamt');
    expect(
      Array.from(totals.querySelectorAll('.facts__row'), (row) => [row.querySelector('dt')?.textContent, text(row.querySelector('dd')!)]),
    ).toEqual([
      ['Buchungen', '13'],
      ['Anstehend', '3'],
      ['Teilgenommen', '8'],
      ['Nicht erschienen', '2'],
      ['Quote „nicht erschienen“', '20 %'],
      ['Auslastung', '–keine Angabe (noch keine Termine geplant)'],
    ]);

    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => [header.textContent, header.getAttribute('scope')])).toEqual([
      ['Format', 'col'],
      ['Buchungen', 'col'],
      ['Anstehend', 'col'],
      ['Teilgenommen', 'col'],
      ['Nicht erschienen', 'col'],
      ['Quote „nicht erschienen“', 'col'],
      ['Auslastung', 'col'],
    ]);
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('rowheader', { name: 'Erstberatung Fördermittel' }).getAttribute('scope')).toBe('row');
    expect(cells(first!)).toEqual(['12', '2', '8', '2', '20 %', '75 %']);
    expect(within(second!).getByRole('rowheader').textContent).toBe('Denkraum Nachfolge');
    expect(cells(second!)).toEqual(['1', '1', '0', '0', '–keine Angabe', '–keine Angabe']);
    // The "–" itself is hidden from screen readers, which read "keine Angabe" instead.
    expect(within(second!).getAllByText('–')[0]!.getAttribute('aria-hidden')).toBe('true');
    const hint = screen.getByText(/^„–“: Für die Quote ist noch keine Teilnahme erfasst/);
    expect(table.getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('without missing rates there is no explanation', async () => {
    advisorServer({ AdvisorFigures: () => ({ data: figuresData([byFormat()[0]!], { noShowRate: 0.2, utilisation: 0.75 }) }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const table = await screen.findByRole('table', { name: 'Kennzahlen je Format' }, { timeout: 5000 });
    expect(table.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(/^„–“/)).toBeNull();
    expect(text(screen.getByLabelText('Insgesamt'))).toContain('Auslastung75 %');
  });

  it('shows loading, then the empty state', async () => {
    let answer: (() => void) | undefined;
    advisorServer({ AdvisorFigures: () => new Promise((resolve) => (answer = () => resolve({ data: figuresData() }))) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Kennzahlen werden geladen …', undefined, { timeout: 5000 })).toBeTruthy();
    answer?.();
    expect(await screen.findByText('Noch keine Formate')).toBeTruthy();
    expect(screen.getByText(/Kennzahlen entstehen, sobald Sie ein Format anbieten/)).toBeTruthy();
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: 'Neues Format' }).at(-1)?.getAttribute('href')).toBe(
      '/werkbank/beratung/formate/neu',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an error with retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    advisorServer({
      AdvisorFigures: () =>
        fail
          ? { errors: [{ message: 'Dafür fehlt Ihnen die Berechtigung.', extensions: { code: ErrorCodes.FORBIDDEN } }] }
          : { data: figuresData(byFormat()) },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert.textContent).toContain('Die Kennzahlen konnten nicht geladen werden.');
    expect(alert.textContent).toContain('Dafür fehlt Ihnen die Berechtigung.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('table', { name: 'Kennzahlen je Format' })).toBeTruthy();
  });

  it('is in English too', async () => {
    const user = userEvent.setup();
    advisorServer({ AdvisorFigures: () => ({ data: figuresData(byFormat(), { noShowRate: 0.2, utilisation: null }) }) });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    await screen.findByRole('table', { name: 'Kennzahlen je Format' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'English' }));
    const table = await screen.findByRole('table', { name: 'Figures per format' });
    expect(screen.getByRole('heading', { level: 2, name: 'My figures' })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Format', 'Bookings', 'Upcoming', 'Attended', 'No-shows', 'No-show rate', 'Utilisation']);
    expect(text(screen.getByLabelText('In total'))).toContain('Utilisation–no figure (no appointments scheduled yet)');
    expect(cells(within(table).getAllByRole('row')[1]!)).toEqual(['12', '2', '8', '2', '20%', '75%']);
  });
});
