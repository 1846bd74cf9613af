import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { flowMatrix } from '../datasets';
import { dashboardNode } from '../test/fixtures';
import { DataTable } from './DataTable';

const format = {
  language: 'de' as const,
  texts: { suppressed: '< 3', rateSuppressed: 'nicht ausgewiesen (weniger als 3)', protected: 'geschützt', none: '–' },
};
const labels = { t: i18n.t.bind(i18n), topicField: (key: string) => key };

describe('the flow matrix table', () => {
  it('has a caption, the offer regions as column headers and the need regions as row headers', () => {
    render(<DataTable dataset={flowMatrix(dashboardNode(), labels, 'requests')} format={format} />);
    const table = screen.getByRole('table', { name: 'Verbindungsmatrix: Kontaktanfragen von Region zu Region' });
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((header) => header.textContent)).toEqual([
      'Region des Bedarfs ↓ / des Angebots →',
      'Dortmund',
      'Hochsauerlandkreis',
      'Märkischer Kreis',
      'Kreis Olpe',
      'Siegen-Wittgenstein',
      'Kreis Soest',
      'Sonstige Region',
    ]);
    expect(columnHeaders.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(7);
    expect(rowHeaders.every((header) => header.getAttribute('scope') === 'row')).toBe(true);
  });

  it('puts each flow in the row of the need and the column of the offer; suppressed flows read "< 3"', () => {
    render(<DataTable dataset={flowMatrix(dashboardNode(), labels, 'requests')} format={format} />);
    const rows = screen.getAllByRole('row');
    const cells = (name: string) =>
      within(rows.find((row) => within(row).queryByRole('rowheader', { name }))!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Dortmund needs, offers in Olpe: 7; Märkischer Kreis needs, offers in Dortmund: 2 → suppressed.
    expect(cells('Dortmund')).toEqual(['5', '0', '0', '7', '0', '0', '0']);
    expect(cells('Märkischer Kreis')).toEqual(['< 3', '0', '0', '0', '0', '0', '0']);
  });

  it('shows the accepted requests in the second matrix', () => {
    render(<DataTable dataset={flowMatrix(dashboardNode(), labels, 'accepted')} format={format} />);
    const table = screen.getByRole('table', { name: 'Verbindungsmatrix: angenommene Kontaktanfragen von Region zu Region' });
    const dortmund = within(table).getByRole('rowheader', { name: 'Dortmund' }).closest('tr')!;
    expect(
      within(dortmund)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '0', '0', '4', '0', '0', '0']);
  });

  it('shows "–" for a pair the API did not send', () => {
    const node = dashboardNode();
    render(<DataTable dataset={flowMatrix({ ...node, connections: { ...node.connections, flows: [] } }, labels, 'requests')} format={format} />);
    expect(screen.getAllByRole('cell').every((cell) => cell.textContent === '–')).toBe(true);
  });
});
