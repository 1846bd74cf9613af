import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData } from '../../../test/fixtures';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf, type RecordedRequest } from '../../../test/utils';
import { myOrganisation, workspace } from '../test/fixtures';

type Handler = (request: RecordedRequest) => { data: unknown } | { errors: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** The workspace page with a fake API: `mine` are the viewer's organisations, `write` answers the mutations. */
function renderWorkspace(project: ReturnType<typeof workspace>, mine: ReturnType<typeof myOrganisation>[], write: Handler) {
  const fake = fakeGraphQL((request) => {
    switch (operationName(request)) {
      case 'ProjectWorkspace':
        return { data: project };
      case 'MyOrganisations':
        return { data: { myOrganisations: mine } };
      case 'Me':
        return { data: meData() };
      case 'OpenContactRequestCount':
        return { data: { openContactRequestCount: 0 } };
      case 'DemoData':
        return { data: { demoData: false } };
      default:
        return write(request);
    }
  });
  renderWithProviders(<AppRoutes />, { route: '/projekte/ki-initiative' });
  return fake;
}

describe('ProjectPage: hand over, leave, withdraw', () => {
  it('hands the lead to a verified participant after asking', async () => {
    const user = userEvent.setup();
    const { requests } = renderWorkspace(workspace(), [myOrganisation('org-lead', 'Fraunhofer-Institut (Beispiel)')], () => ({
      data: { handOverProjectLead: { id: 'project-ki' } },
    }));
    const section = await screen.findByRole('region', { name: 'Federführung übergeben' });
    const select = within(section).getByRole('combobox', { name: 'Neue Federführung' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Velkamp Intralogistik GmbH']);
    await user.click(within(section).getByRole('button', { name: 'Federführung übergeben …' }));
    const confirm = within(section).getByRole('button', { name: 'Ja, Federführung übergeben' });
    expect(document.activeElement).toBe(confirm);
    expect(
      within(section).getByText('Die Federführung für „KI-Initiative Südwestfalen–Dortmund“ wirklich an Velkamp Intralogistik GmbH übergeben?'),
    ).toBeTruthy();
    await user.click(confirm);
    const status = await screen.findByText('Die Federführung liegt jetzt bei Velkamp Intralogistik GmbH.');
    expect(status.getAttribute('role')).toBe('status');
    expect(requestsOf(requests, 'HandOverProjectLead')[0]?.variables).toEqual({ projectId: 'project-ki', organisationId: 'org-velkamp' });
  });

  it("shows the API's coded error when the hand-over fails", async () => {
    const user = userEvent.setup();
    renderWorkspace(workspace(), [myOrganisation('org-lead', 'Fraunhofer-Institut (Beispiel)')], () =>
      apiError(ErrorCodes.PROJECT_NOT_PARTICIPANT, 'Diese Organisation ist am Projekt nicht beteiligt.'),
    );
    await user.click(await screen.findByRole('button', { name: 'Federführung übergeben …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Federführung übergeben' }));
    const alert = await screen.findByText('Diese Organisation ist am Projekt nicht beteiligt.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByRole('button', { name: 'Federführung übergeben …' })).toBeTruthy();
  });

  it("lets a participant's member leave after asking, and says why it failed otherwise", async () => {
    const user = userEvent.setup();
    let reply: ReturnType<Handler> = apiError(ErrorCodes.PROJECT_LEAD_CANNOT_LEAVE, 'Die Federführung muss erst übergeben werden.');
    const { requests } = renderWorkspace(
      workspace({ viewerIsLead: false }),
      [myOrganisation('org-velkamp', 'Velkamp Intralogistik GmbH')],
      () => reply,
    );
    expect(screen.queryByRole('region', { name: 'Federführung übergeben' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Velkamp Intralogistik GmbH: Projekt verlassen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Velkamp Intralogistik GmbH verlässt das Projekt' }));
    expect((await screen.findByText('Die Federführung muss erst übergeben werden.')).getAttribute('role')).toBe('alert');

    reply = { data: { leaveProject: { id: 'project-ki' } } };
    await user.click(screen.getByRole('button', { name: 'Velkamp Intralogistik GmbH: Projekt verlassen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Velkamp Intralogistik GmbH verlässt das Projekt' }));
    expect(await screen.findByText('Velkamp Intralogistik GmbH ist nicht mehr an „KI-Initiative Südwestfalen–Dortmund“ beteiligt.')).toBeTruthy();
    expect(requestsOf(requests, 'LeaveProject').map((r) => r.variables)).toEqual([
      { projectId: 'project-ki', organisationId: 'org-velkamp' },
      { projectId: 'project-ki', organisationId: 'org-velkamp' },
    ]);
  });

  it('withdraws my pending application after asking, and shows a coded error', async () => {
    const user = userEvent.setup();
    const application = {
      id: 'application-1',
      role: 'PILOT_USER' as const,
      note: 'Wir testen gern.',
      status: 'PENDING' as const,
      decisionReason: null,
      createdAt: '2026-02-01T09:00:00Z',
      boardSkills: [],
      organisation: { id: 'org-mine', name: 'Muster Metall GmbH' },
    };
    let reply: ReturnType<Handler> = apiError(ErrorCodes.INVALID_STATUS_TRANSITION, 'Über diese Bewerbung ist schon entschieden.');
    const { requests } = renderWorkspace(
      workspace({ viewerIsLead: false, applications: [application] }),
      [myOrganisation('org-mine', 'Muster Metall GmbH')],
      () => reply,
    );
    await user.click(await screen.findByRole('button', { name: 'Bewerbung von Muster Metall GmbH zurückziehen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, zurückziehen' }));
    expect((await screen.findByText('Über diese Bewerbung ist schon entschieden.')).getAttribute('role')).toBe('alert');

    reply = { data: { withdrawProjectApplication: { id: 'application-1', status: 'WITHDRAWN' } } };
    await user.click(screen.getByRole('button', { name: 'Bewerbung von Muster Metall GmbH zurückziehen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, zurückziehen' }));
    expect(await screen.findByText('Die Bewerbung von Muster Metall GmbH ist zurückgezogen.')).toBeTruthy();
    expect(requestsOf(requests, 'WithdrawProjectApplication')[1]?.variables).toEqual({ id: 'application-1' });
  });
});
