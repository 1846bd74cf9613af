import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { connection, MUN_MESCHEDE, needNode, offerNode, requestsOf, SKILL_PLC, SKILL_PYTHON, uuid } from '../test/fixtures';
import { boardServer, signedOut } from '../test/server';
import { ErrorCodes } from '../../../lib/error-codes';

describe('BoardPage', () => {
  it('shows needs as cards: organisation, place, kind, skills with level and weight, start', async () => {
    boardServer({ Needs: () => ({ data: { needs: connection([needNode()]) } }) });
    renderWithProviders(<AppRoutes />, { route: '/boerse' });
    const card = await screen.findByRole('article', { name: 'SPS-Programmierer/in für Intralogistik' });
    expect(card.textContent).toContain('Velkamp Intralogistik GmbH');
    expect(card.textContent).toContain('Festanstellung · Dortmund (Dortmund) · Vor Ort · Start: ab sofort');
    const skills = within(card).getByRole('list', { name: 'Skills von „SPS-Programmierer/in für Intralogistik“' });
    expect(
      within(skills)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Speicherprogrammierbare Steuerung (SPS)ExpertePflicht', 'PythonFortgeschrittenWunsch']);
    expect(within(card).getByRole('link').getAttribute('href')).toBe(`/boerse/bedarfe/${uuid(1)}`);
    expect(screen.getByText('1 von 1 angezeigt')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bedarfe' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Bedarf melden' })).toBeTruthy();
  });

  it('never names an individual: talent offers say "Fachkraft (pseudonym)"', async () => {
    boardServer({
      Offers: () => ({
        data: { offers: connection([offerNode({ isIndividual: true, organisation: null, kind: 'TALENT', title: 'Python-Entwicklerin' })]) },
      }),
      Me: signedOut,
    });
    renderWithProviders(<AppRoutes />, { route: '/boerse/angebote' });
    const card = await screen.findByRole('article', { name: 'Python-Entwicklerin' });
    expect(card.textContent).toContain('Fachkraft (pseudonym)');
    expect(card.textContent).toContain('Fachkraft (Talent) · Meschede (Hochsauerlandkreis) · auch remote · Verfügbar ab 1. April 2026');
    expect(screen.getByText(/Um selbst Bedarfe zu melden/)).toBeTruthy();
  });

  it('turns filters into query variables and the URL, and back', async () => {
    const user = userEvent.setup();
    const { requests } = boardServer({ Needs: () => ({ data: { needs: connection([needNode()]) } }) });
    const { container } = renderWithProviders(<AppRoutes />, { route: `/boerse?region=dortmund&ort=${MUN_MESCHEDE}&km=100` });
    await screen.findByRole('article');
    expect(requestsOf(requests, 'Needs')[0]?.variables).toEqual({
      first: 20,
      after: null,
      filter: { region: 'DORTMUND', near: { municipalityId: MUN_MESCHEDE, km: 100 } },
      sort: 'NEWEST',
    });
    expect((screen.getByLabelText('Region') as HTMLSelectElement).value).toBe('DORTMUND');
    await waitFor(() => expect((screen.getByLabelText('um') as HTMLSelectElement).value).toBe(MUN_MESCHEDE));

    await user.type(screen.getByRole('searchbox', { name: 'Suche in Titel und Beschreibung' }), 'Lager  technik');
    await waitFor(() => expect(currentLocation(container)).toContain('q=Lager+technik'));
    await user.selectOptions(screen.getByLabelText('Art'), 'Ausbildung');
    await user.selectOptions(screen.getByLabelText('Arbeitsort'), 'Remote');
    await user.selectOptions(screen.getByLabelText('Themenfeld'), 'IT-Kompetenz');
    await user.selectOptions(screen.getByLabelText('Skill-Kategorie'), 'Automatisierung');
    await user.selectOptions(screen.getByLabelText('Seite der Partnerschaft'), 'Südwestfalen');
    await waitFor(() =>
      expect(requestsOf(requests, 'Needs').at(-1)?.variables.filter).toEqual({
        search: 'Lager technik',
        category: 'AUTOMATION',
        region: 'DORTMUND',
        side: 'SUEDWESTFALEN',
        near: { municipalityId: MUN_MESCHEDE, km: 100 },
        kind: 'APPRENTICESHIP',
        remoteMode: 'REMOTE',
        topicField: 'IT_COMPETENCE',
      }),
    );
    expect(currentLocation(container)).toBe(
      `/boerse?region=dortmund&ort=${MUN_MESCHEDE}&km=100&q=Lager+technik&art=apprenticeship&remote=remote&themenfeld=it-competence&kategorie=automation&seite=suedwestfalen`,
    );

    // The other board keeps the filters both understand.
    await user.click(screen.getByRole('link', { name: 'Angebote' }));
    await waitFor(() =>
      expect(currentLocation(container)).toBe(
        `/boerse/angebote?q=Lager+technik&kategorie=automation&region=dortmund&seite=suedwestfalen&ort=${MUN_MESCHEDE}&km=100`,
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/boerse/angebote'));
  });

  it('filters by skills from the type-ahead; relevance sorting needs a skill filter', async () => {
    const user = userEvent.setup();
    const { requests } = boardServer({ Needs: () => ({ data: { needs: connection([needNode()]) } }) });
    const { container } = renderWithProviders(<AppRoutes />, { route: '/boerse' });
    await screen.findByRole('article');
    const sort = screen.getByLabelText('Sortierung') as HTMLSelectElement;
    expect((within(sort).getByRole('option', { name: 'Relevanz' }) as HTMLOptionElement).disabled).toBe(true);

    const skills = screen.getByRole('combobox', { name: 'Skills' });
    await user.type(skills, 'sps');
    await screen.findByRole('option', { name: /Speicherprogrammierbare Steuerung \(SPS\)/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(currentLocation(container)).toBe(`/boerse?skill=${SKILL_PLC}`));
    expect(within(screen.getByRole('list', { name: 'Gewählte Skills' })).getByText('Speicherprogrammierbare Steuerung (SPS)')).toBeTruthy();

    await user.type(skills, 'python');
    await user.click(await screen.findByRole('option', { name: /Python/ }));
    await waitFor(() => expect(currentLocation(container)).toBe(`/boerse?skill=${SKILL_PLC}&skill=${SKILL_PYTHON}`));

    await user.selectOptions(sort, 'Relevanz');
    await waitFor(() =>
      expect(requestsOf(requests, 'Needs').at(-1)?.variables).toMatchObject({ filter: { skillIds: [SKILL_PLC, SKILL_PYTHON] }, sort: 'RELEVANCE' }),
    );

    await user.click(screen.getByRole('button', { name: 'Skill „Python“ aus dem Filter entfernen' }));
    await waitFor(() => expect(currentLocation(container)).toBe(`/boerse?sortierung=relevanz&skill=${SKILL_PLC}`));
    expect(document.activeElement).toBe(skills);
  });

  it('names skills of a shared link from the results and loads more', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 21 }, (_, index) => needNode({ id: uuid(500 + index), title: `Bedarf ${index + 1}` }));
    boardServer({
      Needs: (request) =>
        request.variables.after
          ? { data: { needs: connection(many.slice(20), { totalCount: 21 }) } }
          : { data: { needs: connection(many.slice(0, 20), { totalCount: 21, hasNextPage: true }) } },
    });
    renderWithProviders(<AppRoutes />, { route: `/boerse?skill=${SKILL_PYTHON}` });
    expect(await screen.findByText('20 von 21 angezeigt')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Gewählte Skills' })).getByText('Python')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('21 von 21 angezeigt')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(21);
  });

  it('shows the empty and the error state', async () => {
    boardServer({
      Needs: () => ({ data: { needs: connection([]) } }),
      Offers: () => ({ errors: [{ message: 'Kaputt.', extensions: { code: ErrorCodes.INTERNAL_SERVER_ERROR } }] }),
    });
    const { unmount } = renderWithProviders(<AppRoutes />, { route: '/boerse' });
    expect(await screen.findByText('Zu diesen Filtern gibt es keine veröffentlichten Bedarfe.')).toBeTruthy();
    unmount();
    renderWithProviders(<AppRoutes />, { route: '/boerse/angebote' });
    expect((await screen.findByRole('alert')).textContent).toContain('Die Angebote konnten nicht geladen werden.');
  });
});
