import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlatformRole } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData, organisationNode, organisationsPage, topicFieldsData } from '../../../test/fixtures';
import {
  AppRoutes,
  apiError,
  currentLocation,
  fakeGraphQL,
  linkTexts,
  operationName,
  renderWithProviders,
  requestsOf,
  type RecordedRequest,
} from '../../../test/utils';
import { myOrganisation } from '../test/fixtures';

type Reply = { data: unknown } | { errors: Array<{ message: string; extensions?: Record<string, unknown> }> };

function renderForm(roles: PlatformRole[], propose: (request: RecordedRequest) => Reply) {
  const fake = fakeGraphQL((request) => {
    switch (operationName(request)) {
      case 'Me':
        return { data: meData({ roles }) };
      case 'MyOrganisations':
        return {
          data: {
            myOrganisations: [
              myOrganisation('org-velkamp', 'Velkamp Intralogistik GmbH', { myRole: 'OWNER' }),
              myOrganisation('org-unverified', 'Neue Werkstatt GmbH', { myRole: 'OWNER', verified: false }),
              myOrganisation('org-member', 'Muster Metall GmbH'),
            ],
          },
        };
      case 'TopicFields':
        return { data: topicFieldsData() };
      case 'Organisations':
        return { data: organisationsPage([organisationNode(1, { id: 'org-wfd', name: 'Wirtschaftsförderung Dortmund' })]) };
      case 'ProposeProject':
        return propose(request);
      default:
        return { data: { openContactRequestCount: 0, demoData: false } };
    }
  });
  const view = renderWithProviders(<AppRoutes />, { route: '/projekt-vorschlagen?themenfeld=it-competence' });
  return { ...fake, ...view };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: 'Titel' }), 'KI im Mittelstand');
  await user.type(screen.getByRole('textbox', { name: /^Ziel/ }), 'Zehn Pilotanwendungen bis Ende 2027.');
  await user.type(screen.getByRole('textbox', { name: /^Beschreibung/ }), 'Unternehmen erproben gemeinsam KI.');
  await user.click(screen.getByRole('checkbox', { name: 'Kreis Olpe' }));
}

/** The form's error summary ("Bitte prüfen Sie Ihre Eingaben"), which takes focus after a failed submit. */
const summaryElement = () => screen.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' }).parentElement!;
async function summaryOnFocus() {
  await screen.findByRole('heading', { name: 'Bitte prüfen Sie Ihre Eingaben' });
  expect(document.activeElement).toBe(summaryElement());
  return summaryElement();
}

describe('ProposeProjectPage', () => {
  it("checks the fields, then sends an owner's proposal and says it waits for the joint office", async () => {
    const user = userEvent.setup();
    const { requests } = renderForm([], () => ({
      data: { proposeProject: { id: 'p-new', slug: 'ki-im-mittelstand', title: 'KI im Mittelstand', approval: 'PENDING' } },
    }));
    const lead = await screen.findByRole('combobox', { name: /^Federführende Organisation/ });
    expect(
      within(lead)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Velkamp Intralogistik GmbH']);
    expect((screen.getByRole('combobox', { name: 'Themenfeld' }) as HTMLSelectElement).value).toBe('IT_COMPETENCE');

    await user.click(screen.getByRole('button', { name: 'Projekt vorschlagen' }));
    const summary = await summaryOnFocus();
    expect(linkTexts(summary)).toEqual([
      'Titel: Bitte 3 bis 160 Zeichen.',
      'Ziel: Bitte 10 bis 4000 Zeichen.',
      'Beschreibung: Bitte 10 bis 4000 Zeichen.',
    ]);
    expect(requestsOf(requests, 'ProposeProject')).toHaveLength(0);

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Projekt vorschlagen' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Ihr Vorschlag „KI im Mittelstand“ wartet auf Freigabe durch die Geschäftsstelle.');
    expect(within(status).getByRole('link').getAttribute('href')).toBe('/projekte/ki-im-mittelstand');
    expect(requestsOf(requests, 'ProposeProject')[0]?.variables).toEqual({
      input: {
        topicField: 'IT_COMPETENCE',
        title: 'KI im Mittelstand',
        goal: 'Zehn Pilotanwendungen bis Ende 2027.',
        description: 'Unternehmen erproben gemeinsam KI.',
        leadOrganisationId: 'org-velkamp',
        regions: ['OLPE'],
        startsOn: null,
        endsOn: null,
        openForParticipants: true,
      },
    });
  });

  it("shows the API's coded errors at the field they concern", async () => {
    const user = userEvent.setup();
    let reply: Reply = apiError(ErrorCodes.PROJECT_DATES_INVALID, 'Das Ende darf nicht vor dem Beginn liegen.');
    renderForm([], () => reply);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Projekt vorschlagen' }));
    const summary = await summaryOnFocus();
    expect(linkTexts(summary)).toEqual(['Ende: Das Ende darf nicht vor dem Beginn liegen.']);
    expect(screen.getByLabelText(/^Ende/).getAttribute('aria-invalid')).toBe('true');

    reply = apiError(ErrorCodes.NOT_ORGANISATION_OWNER, 'Das können nur Inhaberinnen und Inhaber der Organisation.');
    await user.click(screen.getByRole('button', { name: 'Projekt vorschlagen' }));
    await waitFor(() =>
      expect(linkTexts(summaryElement())).toEqual(['Federführende Organisation: Das können nur Inhaberinnen und Inhaber der Organisation.']),
    );
  });

  it("opens the new workspace after the joint office's proposal, with any organisation as lead", async () => {
    const user = userEvent.setup();
    const { requests, container } = renderForm(['COORDINATOR'], () => ({
      data: { proposeProject: { id: 'p-new', slug: 'ki-im-mittelstand', title: 'KI im Mittelstand', approval: 'APPROVED' } },
    }));
    await fillIn(user);
    const lead = screen.getByRole('combobox', { name: /^Organisation/ });
    await waitFor(() => expect(within(lead).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(lead, 'org-wfd');
    await user.click(screen.getByRole('button', { name: 'Projekt vorschlagen' }));
    await waitFor(() => expect(currentLocation(container)).toBe('/projekte/ki-im-mittelstand'));
    expect(requestsOf(requests, 'ProposeProject')[0]?.variables).toMatchObject({ input: { leadOrganisationId: 'org-wfd' } });
  });
});
