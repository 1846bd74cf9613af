import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NeedSummaryFieldsFragment, OfferMatchFieldsFragment } from '../../../gql/graphql';
import { AppRoutes, renderWithProviders } from '../../../test/utils';
import { apiError, needNode, offerNode, requestsOf, SKILL_PLC, SKILL_PYTHON, uuid } from '../test/fixtures';
import { boardServer, signedOut } from '../test/server';
import { ErrorCodes } from '../../../lib/error-codes';

const ROUTE = `/boerse/bedarfe/${uuid(1)}`;

const need = (overrides: Partial<NeedSummaryFieldsFragment> = {}) => ({
  need: { ...needNode(overrides), description: 'Wir suchen Verstärkung für die Inbetriebnahme.', publishedAt: '2026-03-01T10:00:00Z' },
});

const match = (overrides: Partial<OfferMatchFieldsFragment> = {}): OfferMatchFieldsFragment => ({
  score: 0.734,
  distanceKm: 61.4,
  distanceIgnored: false,
  availabilityGapDays: 0,
  requiredShared: 1,
  requiredTotal: 1,
  crossRegion: true,
  sharedSkills: [{ id: SKILL_PLC, label: 'Speicherprogrammierbare Steuerung (SPS)' }],
  missingSkills: [{ id: SKILL_PYTHON, label: 'Python' }],
  offer: offerNode(),
  ...overrides,
});

describe('NeedDetailPage', () => {
  it('shows its company the status, actions and matching offers, each explained in words', async () => {
    const { requests } = boardServer({
      Need: () => ({ data: need({ viewerCanEdit: true }) }),
      NeedMatches: () => ({ data: { needMatches: [match()] } }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByRole('heading', { level: 1, name: 'SPS-Programmierer/in für Intralogistik' })).toBeTruthy();
    expect(screen.getByText('Veröffentlicht bis 1. Juni 2026. Danach endet der Bedarf von selbst, wenn Sie ihn nicht verlängern.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Um 90 Tage verlängern' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bearbeiten' }).getAttribute('href')).toBe(`${ROUTE}/bearbeiten`);

    const matches = await screen.findByRole('list', { name: 'Passende Angebote' });
    const offer = within(matches).getByRole('article', { name: 'SPS-Schulung für Ihr Team' });
    expect(offer.textContent?.replace(/\s/g, ' ')).toContain('Übereinstimmung 73 %');
    expect(offer.textContent).toContain('1 von 1 Pflicht-Skills · 61 km · ab sofort verfügbar');
    expect(offer.textContent).toContain('Gemeinsame Skills: Speicherprogrammierbare Steuerung (SPS)');
    expect(offer.textContent).toContain('Fehlt: Python');
    expect(within(offer).getByText('Dortmund ↔ Südwestfalen')).toBeTruthy();
    expect(requestsOf(requests, 'NeedMatches')[0]?.variables).toEqual({ needId: uuid(1), first: 20 });
  });

  it('requests contact from a match with a message of 10 to 2000 characters', async () => {
    const user = userEvent.setup();
    const { requests } = boardServer({
      Need: () => ({ data: need({ viewerCanEdit: true }) }),
      NeedMatches: () => ({ data: { needMatches: [match()] } }),
      RequestContact: () => ({ data: { requestContact: { id: uuid(301), status: 'PENDING' } } }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const offer = await screen.findByRole('article', { name: 'SPS-Schulung für Ihr Team' });
    const toggle = within(offer).getByRole('button', { name: 'Kontakt anfragen zu „SPS-Schulung für Ihr Team“' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const message = within(offer).getByLabelText('Ihre Nachricht');
    await user.type(message, 'Hallo');
    await user.click(within(offer).getByRole('button', { name: 'Anfrage senden' }));
    expect(document.activeElement).toBe(message);
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(offer.textContent).toContain('Bitte schreiben Sie 10 bis 2000 Zeichen.');
    expect(requestsOf(requests, 'RequestContact')).toHaveLength(0);

    await user.type(message, ', wir suchen eine SPS-Schulung für drei Leute.');
    await user.click(within(offer).getByRole('button', { name: 'Anfrage senden' }));
    const sent = await within(offer).findByText(/Ihre Anfrage ist gesendet/);
    expect(sent.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(sent);
    expect(requestsOf(requests, 'RequestContact')[0]?.variables).toEqual({
      input: { needId: uuid(1), offerId: uuid(2), message: 'Hallo, wir suchen eine SPS-Schulung für drei Leute.' },
    });
  });

  it('publishes a draft; an unverified organisation hears why not', async () => {
    const user = userEvent.setup();
    boardServer({
      Need: () => ({ data: need({ viewerCanEdit: true, status: 'DRAFT', expiresAt: null }) }),
      NeedMatches: () => ({ data: { needMatches: [match()] } }),
      PublishNeed: () => apiError(ErrorCodes.ORGANISATION_NOT_VERIFIED, 'Ihre Organisation ist noch nicht von der Geschäftsstelle bestätigt.'),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText(/Entwurf – nur für Sie und Ihre Organisation sichtbar/)).toBeTruthy();
    expect(await screen.findByText('Kontakt anfragen können Sie, sobald Ihr Bedarf veröffentlicht ist.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Kontakt anfragen/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Veröffentlichen' }));
    const alert = await screen.findByText('Das hat nicht geklappt. Ihre Organisation ist noch nicht von der Geschäftsstelle bestätigt.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
  });

  it('tells a verified organisation’s draft it can be published, not that it must wait for the joint office', async () => {
    const organisation = { id: 'org-velkamp', name: 'Velkamp Intralogistik GmbH', verified: true };
    boardServer({
      Need: () => ({ data: need({ viewerCanEdit: true, status: 'DRAFT', expiresAt: null, organisation }) }),
      NeedMatches: () => ({ data: { needMatches: [] } }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(
      await screen.findByText('Entwurf – nur für Sie und Ihre Organisation sichtbar. Veröffentlichen Sie ihn, sobald er fertig ist.'),
    ).toBeTruthy();
    expect(document.body.textContent).not.toContain('sobald die Geschäftsstelle');
  });

  it('closes an open need as filled after confirmation', async () => {
    const user = userEvent.setup();
    const state = { status: 'OPEN' as NeedSummaryFieldsFragment['status'] };
    const { requests } = boardServer({
      Need: () => ({ data: need({ viewerCanEdit: true, status: state.status }) }),
      NeedMatches: () => ({ data: { needMatches: [] } }),
      CloseNeed: ({ variables }) => {
        state.status = 'FILLED';
        return { data: { closeNeed: { id: variables.id, status: 'FILLED' } } };
      },
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Noch passt kein veröffentlichtes Angebot. Neue Angebote erscheinen hier von selbst.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Als besetzt schließen' }));
    const confirm = screen.getByRole('button', { name: 'Ja, als besetzt schließen' });
    expect(screen.getByRole('group', { name: '„SPS-Programmierer/in für Intralogistik“ als besetzt schließen?' })).toBeTruthy();
    expect(document.activeElement).toBe(confirm);
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Als besetzt schließen' }));
    await user.click(screen.getByRole('button', { name: 'Als besetzt schließen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, als besetzt schließen' }));
    expect(await screen.findByText('Der Bedarf ist als besetzt geschlossen.')).toBeTruthy();
    expect(requestsOf(requests, 'CloseNeed')[0]?.variables).toEqual({ id: uuid(1), outcome: 'FILLED' });
    expect(await screen.findByText('Besetzt – nicht mehr auf der Börse.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).toBeNull();
  });

  it('lets others pair it with one of their open offers, or says how to create one', async () => {
    const user = userEvent.setup();
    const offers = [offerNode({ id: uuid(7), title: 'Python-Kurs' }), offerNode()];
    const { requests } = boardServer({
      Need: () => ({ data: need() }),
      MyOffers: () => ({ data: { myOffers: offers } }),
      RequestContact: () => ({ data: { requestContact: { id: uuid(301), status: 'PENDING' } } }),
    });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const own = await screen.findByRole('combobox', { name: 'Ihr Angebot, um das es geht' });
    expect(requestsOf(requests, 'MyOffers')[0]?.variables).toEqual({ status: 'OPEN' });
    expect(screen.queryByRole('button', { name: 'Veröffentlichen' })).toBeNull();
    await user.selectOptions(own, 'SPS-Schulung für Ihr Team');
    await user.type(screen.getByLabelText('Ihre Nachricht'), 'Wir hätten da eine passende Schulung.');
    await user.click(screen.getByRole('button', { name: 'Anfrage senden' }));
    await screen.findByText(/Ihre Anfrage ist gesendet/);
    expect(requestsOf(requests, 'RequestContact')[0]?.variables).toEqual({
      input: { needId: uuid(1), offerId: uuid(2), message: 'Wir hätten da eine passende Schulung.' },
    });
  });

  it('without an open offer: a link to create one; signed out: a link to sign in', async () => {
    boardServer({ Need: () => ({ data: need() }), MyOffers: () => ({ data: { myOffers: [] } }) });
    const { unmount } = renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText(/brauchen Sie ein veröffentlichtes Angebot/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Angebot einstellen' }).getAttribute('href')).toBe('/boerse/angebote/neu');
    unmount();

    boardServer({ Need: () => ({ data: need() }), Me: signedOut });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText(/Um Kontakt anzufragen, melden Sie sich bitte an/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('main').querySelector(`a[href="/anmelden?weiter=${encodeURIComponent(ROUTE)}"]`)).toBeTruthy());
  });

  it('says when the need does not exist', async () => {
    boardServer({ Need: () => apiError(ErrorCodes.NEED_NOT_FOUND, 'Diesen Bedarf gibt es nicht.') });
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Diesen Bedarf gibt es nicht (mehr), oder er ist nicht veröffentlicht.')).toBeTruthy();
  });
});
