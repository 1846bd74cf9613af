import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProjectProposalsQuery } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { viewer } from '../test/fixtures';

type Proposal = ProjectProposalsQuery['projectProposals'][number];

const proposal = (overrides: Partial<Proposal> = {}): Proposal => ({
  id: 'project-cw',
  slug: 'coworking-olpe',
  title: 'Coworking im Bahnhof Olpe',
  description: 'Ein Ort für Pendlerinnen und Pendler.',
  goal: 'Zwanzig Arbeitsplätze am Bahnhof.',
  regions: ['OLPE'],
  startsOn: '2026-04-01',
  endsOn: null,
  openForParticipants: true,
  topicField: { key: 'SKILLED_WORKERS', title: 'Fachkräfte' },
  lead: { id: 'org-velkamp', name: 'Velkamp Intralogistik GmbH' },
  ...overrides,
});

describe('ProposalsPage', () => {
  it('approves a proposal, which then leaves the list', async () => {
    const user = userEvent.setup();
    let pending = [proposal()];
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'ProjectProposals':
          return { data: { projectProposals: pending } };
        case 'DecideProjectProposal':
          pending = [];
          return { data: { decideProjectProposal: { id: 'project-cw', approval: 'APPROVED' } } };
        default:
          return { data: viewer() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle/projektvorschlaege' });
    const card = await screen.findByRole('article', { name: 'Coworking im Bahnhof Olpe' });
    expect(within(card).getByRole('link', { name: 'Coworking im Bahnhof Olpe' }).getAttribute('href')).toBe('/projekte/coworking-olpe');
    expect(within(card).getByText('Fachkräfte')).toBeTruthy();
    expect(within(card).getByText('1. April 2026 – …')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: '„Coworking im Bahnhof Olpe“ freigeben' }));
    const status = await screen.findByText('„Coworking im Bahnhof Olpe“ ist freigegeben und jetzt öffentlich.');
    expect(status.getAttribute('role')).toBe('status');
    expect(await screen.findByText('Es warten keine Projektvorschläge auf eine Entscheidung.')).toBeTruthy();
    expect(requestsOf(requests, 'DecideProjectProposal')[0]?.variables).toEqual({ id: 'project-cw', accept: true, reason: null });
  });

  it("rejects with a reason, and shows the API's coded error as an alert", async () => {
    const user = userEvent.setup();
    let decided = false;
    const { requests } = fakeGraphQL((request) => {
      switch (operationName(request)) {
        case 'ProjectProposals':
          return { data: { projectProposals: [proposal()] } };
        case 'DecideProjectProposal':
          if (!decided) {
            decided = true;
            return apiError(ErrorCodes.PROJECT_PROPOSAL_NOT_PENDING, 'Über diesen Vorschlag ist schon entschieden.');
          }
          return { data: { decideProjectProposal: { id: 'project-cw', approval: 'REJECTED' } } };
        default:
          return { data: viewer() };
      }
    });
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle/projektvorschlaege' });
    await user.click(await screen.findByRole('button', { name: '„Coworking im Bahnhof Olpe“ ablehnen …' }));
    await user.type(screen.getByRole('textbox', { name: 'Begründung der Ablehnung von „Coworking im Bahnhof Olpe“' }), ' Gibt es schon in Olpe. ');
    await user.click(screen.getByRole('button', { name: 'Ablehnung von „Coworking im Bahnhof Olpe“ senden' }));
    expect((await screen.findByText('Über diesen Vorschlag ist schon entschieden.')).getAttribute('role')).toBe('alert');
    await user.click(screen.getByRole('button', { name: 'Ablehnung von „Coworking im Bahnhof Olpe“ senden' }));
    expect(await screen.findByText('„Coworking im Bahnhof Olpe“ ist abgelehnt.')).toBeTruthy();
    expect(requestsOf(requests, 'DecideProjectProposal')[1]?.variables).toEqual({
      id: 'project-cw',
      accept: false,
      reason: 'Gibt es schon in Olpe.',
    });
  });

  it('says when the list cannot be loaded', async () => {
    fakeGraphQL((request) => (operationName(request) === 'ProjectProposals' ? { networkError: true } : { data: viewer() }));
    renderWithProviders(<AppRoutes />, { route: '/geschaeftsstelle/projektvorschlaege' });
    expect(await screen.findByText('Die Projektvorschläge konnten nicht geladen werden.')).toBeTruthy();
  });
});
