import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { meData, topicFieldData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { TopicFieldPage } from './TopicFieldPage';
import { ErrorCodes } from '../../../lib/error-codes';

function renderPage(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/themenfelder/:slug" element={<TopicFieldPage />} />
    </Routes>,
    { route },
  );
}

describe('TopicFieldPage', () => {
  it('maps the URL slug to the enum key and shows projects with milestones', async () => {
    const { requests } = fakeGraphQL(() => ({ data: topicFieldData() }));
    renderPage('/themenfelder/it-competence');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Themenfeld wird geladen …');

    expect(await screen.findByRole('heading', { level: 1, name: 'IT-Kompetenz' })).toBeTruthy();
    expect(requests[0]!.variables).toEqual({ key: 'IT_COMPETENCE' });
    expect(screen.getByRole('progressbar', { name: 'Fortschritt im Themenfeld IT-Kompetenz' }).getAttribute('aria-valuenow')).toBe('50');

    const project = screen.getByRole('article', { name: 'KI-Werkstatt Südwestfalen' });
    expect(within(project).getByText('Laufend')).toBeTruthy();
    expect(within(project).getByRole('link', { name: 'Fraunhofer-Institut (Beispiel)' }).getAttribute('href')).toBe('/organisationen/org-lead');
    expect(within(project).getByRole('link', { name: 'Muster Metall GmbH' }).getAttribute('href')).toBe('/organisationen/org-partner');
    expect(within(project).getByText('1. März 2025')).toBeTruthy();

    const milestones = within(within(project).getByRole('list', { name: 'Meilensteine' })).getAllByRole('listitem');
    expect(milestones.map((item) => item.className)).toEqual([
      'milestone milestone--done',
      'milestone milestone--overdue',
      'milestone milestone--open',
    ]);
    expect(milestones[0]!.textContent).toContain('Erledigt');
    expect(milestones[0]!.textContent).toContain('erledigt am 28. März 2025');
    expect(milestones[1]!.textContent).toContain('Überfällig');
    expect(milestones[1]!.textContent).toContain('fällig am 30. Juni 2025');
    expect(milestones[2]!.textContent).toContain('Offen');
    // Where a meeting's decision put it: who is responsible, and a link to the meeting.
    expect(milestones[2]!.textContent).toContain('verantwortlich: Muster Metall GmbH');
    expect(milestones[2]!.textContent).toContain('beschlossen am 10. März 2027 in Lenkungsrunde IT-Kompetenz (Beschluss 2)');
    expect(within(milestones[2]!).getByRole('link', { name: 'Lenkungsrunde IT-Kompetenz' }).getAttribute('href')).toBe('/veranstaltungen/meeting-1');
  });

  it('says that a field has no projects yet instead of showing 0 % progress (a new installation)', async () => {
    const empty = topicFieldData();
    fakeGraphQL(() => ({ data: { topicField: { ...empty.topicField, progress: 0, projectCount: 0, projects: [] } } }));
    renderPage('/themenfelder/it-competence');
    expect(await screen.findByRole('heading', { level: 1, name: 'IT-Kompetenz' })).toBeTruthy();
    expect(screen.getByText('Noch keine Projekte')).toBeTruthy();
    expect(screen.getByText('In diesem Themenfeld gibt es noch keine Projekte.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows not-found without asking the API for an unknown slug', () => {
    const { requests } = fakeGraphQL(() => ({ data: topicFieldData() }));
    renderPage('/themenfelder/tourismus');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Themenfeld nicht gefunden');
    expect(requests).toHaveLength(0);
  });

  it('shows not-found when the API answers TOPIC_FIELD_NOT_FOUND', async () => {
    fakeGraphQL(() => ({
      errors: [{ message: 'Themenfeld nicht gefunden', extensions: { code: ErrorCodes.TOPIC_FIELD_NOT_FOUND } }],
    }));
    renderPage('/themenfelder/recovery');
    expect(await screen.findByRole('heading', { level: 1, name: 'Themenfeld nicht gefunden' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers "Projekt vorschlagen" to the joint office and to owners of verified organisations only', async () => {
    const owned = (verified: boolean) => ({
      myOrganisations: [{ id: 'org-1', name: 'Velkamp GmbH', verified, myRole: 'OWNER', members: [], invitations: [], ownFigures: {} }],
    });
    for (const [roles, verified, shown] of [
      [['COORDINATOR'], false, true],
      [[], true, true],
      [[], false, false],
    ] as const) {
      const { requests } = fakeGraphQL((request) => {
        if (operationName(request) === 'Me') return { data: meData({ roles: [...roles] }) };
        if (operationName(request) === 'MyOrganisations') return { data: owned(verified) };
        return { data: topicFieldData() };
      });
      const view = renderPage('/themenfelder/it-competence');
      await screen.findByRole('heading', { level: 1, name: 'IT-Kompetenz' });
      if (shown) {
        const link = await screen.findByRole('link', { name: 'Projekt vorschlagen' });
        expect(link.getAttribute('href')).toBe('/projekt-vorschlagen?themenfeld=it-competence');
      } else {
        // Signed in without a verified organisation of one's own: the organisations are asked for, and no link follows.
        await waitFor(() => expect(requestsOf(requests, 'MyOrganisations')).toHaveLength(1));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(screen.queryByRole('link', { name: 'Projekt vorschlagen' })).toBeNull();
      }
      view.unmount();
    }
  });
});
