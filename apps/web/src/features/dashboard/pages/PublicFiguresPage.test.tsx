import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGION_KEYS } from '../../../lib/enums';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { dashboardNode, dashboardServer, requestsOf } from '../test/fixtures';
import { topicFieldsData } from '../../../test/fixtures';
// Loaded up front: AppRoutes imports the page lazily, and the first transform is slow.
import './PublicFiguresPage';

const NOW = new Date('2026-11-22T08:16:00Z');

function publicFigures(period = { kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' }) {
  const { asOf, organisations, connections, topicFields, coworking, regionContext } = dashboardNode();
  return {
    data: {
      publicFigures: { asOf, period, organisations, connections, topicFields, coworking, regionContext },
      topicFields: topicFieldsData().topicFields.map(({ key, title }) => ({ key, title })),
      regions: REGION_KEYS.map((key, index) => ({ key, latitude: 51 + index / 10, longitude: 7 + index / 10 })),
    },
  };
}

describe('PublicFiguresPage (/zahlen)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows this year’s figures to anyone, with the map of the regions, the protection note and the licence', async () => {
    const { requests } = dashboardServer({ Me: () => ({ data: { me: null } }), PublicFigures: () => publicFigures() });
    renderWithProviders(<AppRoutes />, { route: '/zahlen' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Die Partnerschaft in Zahlen' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: /Karte der Regionen.*Dortmund: / })).toBeTruthy();
    expect(requestsOf(requests, 'PublicFigures')[0]?.variables).toEqual({ period: 'YEAR', from: '2026-01-01' });
    for (const heading of ['Organisationen', 'Verbindungen', 'Themenfelder', 'Coworking', 'Regionaler Kontext']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(screen.queryByRole('heading', { level: 2, name: 'Digitale Werkbank' })).toBeNull();
    expect(screen.getByText(/„geschützt“ heißt/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' }).getAttribute('href')).toBe(
      'https://www.govdata.de/dl-de/by-2-0',
    );
    expect(screen.getByRole('button', { name: 'Alle Zahlen als JSON herunterladen' })).toBeTruthy();
  });

  it('asks for the chosen quarter and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { requests } = dashboardServer({
      Me: () => ({ data: { me: null } }),
      PublicFigures: (request) =>
        publicFigures(
          (request.variables as { period: string }).period === 'QUARTER' ? { kind: 'QUARTER', from: '2026-07-01', to: '2026-09-30' } : undefined,
        ),
    });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/zahlen' });
    const select = await screen.findByRole('combobox', { name: 'Zeitraum' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toContain('3. Quartal 2026');
    await user.selectOptions(select, '2026-Q3');
    await waitFor(() => expect(requestsOf(requests, 'PublicFigures').at(-1)?.variables).toEqual({ period: 'QUARTER', from: '2026-07-01' }));
    expect(currentLocation(container)).toBe('/zahlen?zeitraum=2026-Q3');
    expect(await screen.findByText('3. Quartal 2026', { selector: 'strong' })).toBeTruthy();
  });
});
