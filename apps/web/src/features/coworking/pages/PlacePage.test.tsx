import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlaceFieldsFragment } from '../../../gql/graphql';
import { meData } from '../../../test/fixtures';
import { AppRoutes, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';

const PLACE: PlaceFieldsFragment & { desksLeft: number; viewerCanEdit: boolean } = {
  id: 'place-1',
  name: 'Werkhalle 57 Coworking',
  street: 'Sandstraße 57',
  postalCode: '57072',
  openingHours: 'Mo–Fr 7:30–19 Uhr',
  description: 'Helle Halle.',
  amenities: ['WIFI'],
  accessibility: ['ELEVATOR'],
  accessibilityNote: '',
  desks: 12,
  dayPriceCents: 1500,
  freeForMembers: true,
  photoCredit: null,
  cancellationDeadlineHours: 12,
  isFictional: true,
  distanceKm: null,
  operator: { id: 'org-1', name: 'Münkerhoff Software GmbH' },
  municipality: {
    id: 'm-siegen',
    name: 'Siegen',
    latitude: 50.87,
    longitude: 8.02,
    region: { key: 'SIEGEN_WITTGENSTEIN', name: 'Siegen-Wittgenstein' },
  },
  desksLeft: 7,
  viewerCanEdit: true,
};

function server(place = PLACE) {
  return fakeGraphQL((request) => {
    switch (operationName(request)) {
      case 'Me':
        return { data: meData({ name: 'Maren Münkerhoff' }) };
      case 'CoworkingPlace':
        return { data: { coworkingPlace: place } };
      case 'CoworkingMunicipalities':
        return {
          data: {
            regions: [
              {
                key: 'SIEGEN_WITTGENSTEIN',
                name: 'Siegen-Wittgenstein',
                side: 'SUEDWESTFALEN',
                municipalities: [{ id: 'm-siegen', name: 'Siegen', latitude: 50.87, longitude: 8.02 }],
              },
            ],
          },
        };
      case 'UpdateCoworkingPlace':
        return { data: { updateCoworkingPlace: { ...place, desks: 14 } } };
      default:
        return { errors: [{ message: 'unexpected', extensions: { code: 'TEST_UNEXPECTED' } }] };
    }
  });
}

describe('PlacePage (/coworking/orte/:id)', () => {
  it('shows the facts and the desks left, and lets the operator’s member change the place', async () => {
    const user = userEvent.setup();
    const { requests } = server();
    renderWithProviders(<AppRoutes />, { route: '/coworking/orte/place-1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkhalle 57 Coworking' })).toBeTruthy();
    expect(screen.getByText('15,00 € pro Tag (für Mitglieder der Partnerschaft kostenlos)')).toBeTruthy();
    expect(screen.getByText(/frei: 7 von 12 Schreibtischen/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ort bearbeiten' }));
    const form = screen.getByRole('form', { name: 'Ort bearbeiten' });
    await user.clear(within(form).getByLabelText('Schreibtische'));
    await user.type(within(form).getByLabelText('Schreibtische'), '0');
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    expect(within(form).getByRole('alert').textContent).toContain('Bitte prüfen Sie: Schreibtische.');
    expect(requestsOf(requests, 'UpdateCoworkingPlace')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Schreibtische'));
    await user.type(within(form).getByLabelText('Schreibtische'), '14');
    await user.click(within(form).getByRole('checkbox', { name: 'Küche' }));
    await user.clear(within(form).getByLabelText('Tagespreis in Euro (leer: kostenlos)'));
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    expect(await screen.findByText('Die Änderungen sind gespeichert.')).toBeTruthy();
    expect(requestsOf(requests, 'UpdateCoworkingPlace')[0]?.variables.input).toMatchObject({
      id: 'place-1',
      desks: 14,
      amenities: ['WIFI', 'KITCHEN'],
      dayPriceCents: null,
      municipalityId: 'm-siegen',
    });
  });

  it('offers no editing to anyone else', async () => {
    server({ ...PLACE, viewerCanEdit: false });
    renderWithProviders(<AppRoutes />, { route: '/coworking/orte/place-1' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkhalle 57 Coworking' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ort bearbeiten' })).toBeNull();
  });
});
