import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { berlinToday } from '../entry-form-values';
import { MUN_MESCHEDE, myOrganisationsData, needNode, offerNode, organisationProfile, requestsOf, SKILL_PYTHON, uuid } from '../test/fixtures';
import { boardServer } from '../test/server';

const ORG = uuid(21);

function offerServer() {
  return boardServer({
    MyOrganisations: () => ({ data: myOrganisationsData([{ id: ORG, name: 'Kalthöfer & Söhne Metallbearbeitung GmbH' }]) }),
    Organisation: () => ({ data: organisationProfile(ORG, 'COMPANY', MUN_MESCHEDE) }),
    CreateOffer: () => ({ data: { createOffer: { id: uuid(2) } } }),
    Offer: () => ({ data: { offer: { ...offerNode({ viewerCanEdit: true, status: 'DRAFT' }), description: 'Schulung', publishedAt: null } } }),
    OfferMatches: () => ({ data: { offerMatches: [] } }),
    MyNeeds: () => ({ data: { myNeeds: [needNode({ viewerCanEdit: true, status: 'DRAFT' })] } }),
    MyOffers: () => ({ data: { myOffers: [offerNode({ viewerCanEdit: true, status: 'CLOSED' })] } }),
  });
}

describe('offer pages', () => {
  it('an organisation offer needs a kind; as an individual it is a pseudonymous TALENT offer without organisation', async () => {
    const user = userEvent.setup();
    const { requests } = offerServer();
    const { container } = renderWithProviders(<AppRoutes />, { route: '/boerse/angebote/neu' });
    const owner = (await screen.findByLabelText('Anbieter')) as HTMLSelectElement;
    expect(owner.value).toBe(ORG);
    await waitFor(() => expect((screen.getByLabelText('Ort') as HTMLSelectElement).value).toBe(MUN_MESCHEDE));
    expect((screen.getByLabelText('Verfügbar ab') as HTMLInputElement).value).toBe(berlinToday());
    expect(
      within(screen.getByLabelText('Art des Angebots'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bitte wählen', 'Weiterbildung', 'Beratung', 'IT-Kompetenz']);

    await user.selectOptions(owner, 'Als Einzelperson (Talent, pseudonym)');
    expect(screen.queryByLabelText('Art des Angebots')).toBeNull();
    expect(screen.getByText(/Art: Fachkraft \(Talent\)/)).toBeTruthy();
    await user.type(screen.getByLabelText('Titel'), 'Python-Entwicklerin');
    await user.type(screen.getByLabelText('Beschreibung'), 'Backend und Datenanalyse.');
    await user.click(screen.getByLabelText('Auch remote möglich'));
    await user.type(screen.getByRole('combobox', { name: 'Skill hinzufügen' }), 'Python');
    await user.click(await screen.findByRole('option', { name: /Python/ }));
    await user.click(screen.getByRole('button', { name: 'Als Entwurf speichern' }));
    await waitFor(() => expect(currentLocation(container)).toBe(`/boerse/angebote/${uuid(2)}`));
    expect(requestsOf(requests, 'CreateOffer')[0]?.variables).toEqual({
      input: {
        title: 'Python-Entwicklerin',
        description: 'Backend und Datenanalyse.',
        municipalityId: MUN_MESCHEDE,
        radiusKm: 50,
        availableFrom: berlinToday(),
        remoteWilling: true,
        skills: [{ skillId: SKILL_PYTHON, level: 'INTERMEDIATE' }],
        kind: 'TALENT',
        organisationId: null,
      },
    });
    expect(await screen.findByRole('heading', { name: 'Passende Bedarfe' })).toBeTruthy();
  });

  it('"Meine Einträge" lists needs and offers of every status with their edit links', async () => {
    offerServer();
    renderWithProviders(<AppRoutes />, { route: '/boerse/meine' });
    const needs = await screen.findByRole('list', { name: 'Meine Bedarfe' });
    const need = within(needs).getByRole('article');
    expect(need.textContent).toContain('Entwurf');
    expect(within(need).getByRole('link', { name: 'Bearbeiten SPS-Programmierer/in für Intralogistik' }).getAttribute('href')).toBe(
      `/boerse/bedarfe/${uuid(1)}/bearbeiten`,
    );
    const offer = within(await screen.findByRole('list', { name: 'Meine Angebote' })).getByRole('article');
    expect(offer.textContent).toContain('Zurückgezogen');
    expect(within(offer).queryByRole('link', { name: /Bearbeiten/ })).toBeNull();
  });
});
