import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { organisationData } from '../../../test/fixtures';
import { fakeGraphQL, renderWithProviders } from '../../../test/utils';
import { OrganisationPage } from './OrganisationPage';
import { ErrorCodes } from '../../../lib/error-codes';

function renderPage(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/organisationen/:id" element={<OrganisationPage />} />
    </Routes>,
    { route },
  );
}

describe('OrganisationPage', () => {
  it('shows the organisation with all fields, website and participations', async () => {
    const { requests } = fakeGraphQL(() => ({ data: organisationData() }));
    renderPage('/organisationen/org-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Muster Metall GmbH' })).toBeTruthy();
    expect(requests[0]!.variables).toEqual({ id: 'org-1' });

    const profile = screen.getByRole('region', { name: 'Steckbrief' });
    for (const text of [
      'Unternehmen',
      'Mitglied der Partnerschaft',
      'Metallverarbeitung',
      'Mittleres Unternehmen (50–249 Beschäftigte)',
      'Lüdenscheid',
      'Märkischer Kreis',
      'Südwestfalen',
      'Von der Geschäftsstelle geprüft',
    ]) {
      expect(within(profile).getByText(text)).toBeTruthy();
    }
    const website = within(profile).getByRole('link', { name: /muster-metall\.example/ });
    expect(website.getAttribute('href')).toBe('https://muster-metall.example');
    expect(website.getAttribute('rel')).toBe('noopener noreferrer');
    expect(website.getAttribute('target')).toBe('_blank');
    expect(screen.getByText('Diese Organisation ist fiktiv und gehört zu den Demo-Daten.')).toBeTruthy();

    const participations = screen.getByRole('region', { name: 'Projektbeteiligungen' });
    expect(within(participations).getByRole('link', { name: 'KI-Werkstatt Südwestfalen' }).getAttribute('href')).toBe(
      '/themenfelder/it-competence#projekt-ki-werkstatt',
    );
    expect(within(participations).getByRole('link', { name: 'IT-Kompetenz' }).getAttribute('href')).toBe('/themenfelder/it-competence');
    expect(within(participations).getByText('Partner', { exact: false })).toBeTruthy();
  });

  it('marks the description with the language it is written in (WCAG 3.1.2)', async () => {
    fakeGraphQL(() => ({ data: organisationData() }));
    const { unmount } = renderPage('/organisationen/org-1');
    expect((await screen.findByText('Ein fiktiver Zulieferer.')).getAttribute('lang')).toBe('de');
    unmount();
    const english = 'We are a supplier of the automotive industry and look for partners in the region.';
    fakeGraphQL(() => ({ data: { organisation: { ...organisationData().organisation, description: english } } }));
    renderPage('/organisationen/org-1');
    expect((await screen.findByText(english)).getAttribute('lang')).toBe('en');
  });

  it('never turns a non-http website into a link', async () => {
    const data = organisationData();
    data.organisation.website = 'javascript:alert(1)';
    fakeGraphQL(() => ({ data }));
    renderPage('/organisationen/org-1');
    await screen.findByRole('heading', { level: 1, name: 'Muster Metall GmbH' });
    expect(screen.queryByRole('link', { name: /alert/ })).toBeNull();
  });

  it('shows the not-found state for ORGANISATION_NOT_FOUND', async () => {
    fakeGraphQL(() => ({
      errors: [{ message: 'Organisation nicht gefunden', extensions: { code: ErrorCodes.ORGANISATION_NOT_FOUND } }],
    }));
    renderPage('/organisationen/unbekannt');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation nicht gefunden' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Zurück zum Verzeichnis' })[0]!.getAttribute('href')).toBe('/organisationen');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows other errors with the server message', async () => {
    fakeGraphQL(() => ({ errors: [{ message: 'Interner Fehler', extensions: { code: ErrorCodes.INTERNAL_SERVER_ERROR } }] }));
    renderPage('/organisationen/org-1');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Interner Fehler');
  });
});
