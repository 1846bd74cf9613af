import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData } from '../../../test/fixtures';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { submittedItem } from '../test/fixtures';
// Loaded up front: AppRoutes imports the news pages lazily.
import './NewsRoutes';

const COMMENT = 'Bitte die Quelle der Fahrgastzahlen ergänzen.';
const SENT_BACK = { __typename: 'NewsSendBack' as const, comment: COMMENT, role: 'COORDINATOR' as const, sentBackAt: '2026-11-02T10:00:00.000Z' };

describe('sending a news item back (/meldungen/freigabe) and fixing it (/meldungen/meine)', () => {
  it('the approver writes what to change (checked first), the item leaves the queue', async () => {
    let queue: NewsItemFieldsFragment[] = [submittedItem()];
    const { requests } = fakeGraphQL((request) => {
      const name = operationName(request);
      if (name === 'Me') return { data: meData() };
      if (name === 'NewsApprovalQueue') return { data: { newsApprovalQueue: queue } };
      if (name === 'SendBackNewsItem') {
        queue = [];
        return { data: { sendBackNewsItem: submittedItem({ status: 'DRAFT', sentBack: SENT_BACK }) } };
      }
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/meldungen/freigabe' });
    const title = submittedItem().title;
    await user.click(await screen.findByRole('button', { name: `„${title}“ zurückgeben …` }));
    const form = screen.getByRole('form', { name: `„${title}“ zurückgeben …` });
    await user.click(within(form).getByRole('button', { name: 'An die Autorin bzw. den Autor zurückgeben' }));
    expect(within(form).getByRole('link', { name: 'Was soll geändert werden?: Bitte mindestens 5 Zeichen.' })).toBeTruthy();
    expect(requestsOf(requests, 'SendBackNewsItem')).toHaveLength(0);
    await user.type(within(form).getByLabelText('Was soll geändert werden?', { exact: false }), COMMENT);
    await user.click(within(form).getByRole('button', { name: 'An die Autorin bzw. den Autor zurückgeben' }));

    await waitFor(() =>
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(`„${title}“ ist als Entwurf zurückgegeben.`),
    );
    expect(requestsOf(requests, 'SendBackNewsItem')[0]!.variables).toEqual({ id: submittedItem().id, comment: COMMENT });
    expect(await screen.findByText('Keine Meldung wartet auf Ihre Freigabe.')).toBeTruthy();
  });

  it('the author sees the comment on the draft, changes it and submits it again', async () => {
    let item = submittedItem({ status: 'DRAFT', sentBack: SENT_BACK, submittedAt: null });
    const { requests } = fakeGraphQL((request) => {
      const name = operationName(request);
      if (name === 'Me') return { data: meData() };
      if (name === 'TopicFields') return { data: { topicFields: [] } };
      if (name === 'MyNews') {
        return {
          data: {
            myNewsItems: [item],
            myNewsOffices: [{ __typename: 'NewsOfficeChoice', id: 'office-ob', name: 'Oberbürgermeister Dortmund (Amt)', organisationId: 'org-do' }],
            myOrganisations: [{ __typename: 'MyOrganisation', id: 'org-do', name: 'Stadt Dortmund' }],
          },
        };
      }
      if (name === 'UpdateNewsDraft') {
        item = { ...item, title: String((request.variables.input as { title: string }).title) };
        return { data: { updateNewsDraft: item } };
      }
      if (name === 'SubmitNewsItem') return { data: { submitNewsItem: (item = { ...item, status: 'SUBMITTED' }) } };
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/meldungen/meine' });
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain(`Zurückgegeben von Gemeinsame Geschäftsstelle am`);
    expect(note.textContent).toContain(COMMENT);

    await user.click(screen.getByRole('button', { name: `„${item.title}“ bearbeiten` }));
    const form = screen.getByRole('form', { name: 'Entwurf bearbeiten' });
    const title = within(form).getByLabelText('Überschrift');
    await user.clear(title);
    await user.type(title, 'Schnellbus: 1.200 Fahrgäste am Tag (Zählung der DSW21)');
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
        'Entwurf „Schnellbus: 1.200 Fahrgäste am Tag (Zählung der DSW21)“ gespeichert. Reichen Sie ihn erneut zur Freigabe ein.',
      ),
    );
    const input = requestsOf(requests, 'UpdateNewsDraft')[0]!.variables.input;
    expect(input).toEqual({
      organisationId: 'org-do',
      officeId: 'office-ob',
      topicField: 'INFRASTRUCTURE',
      title: 'Schnellbus: 1.200 Fahrgäste am Tag (Zählung der DSW21)',
      teaser: submittedItem().teaser,
      body: submittedItem().body,
      links: submittedItem().links,
      media: [],
      promoted: false,
      promotionCents: null,
      budgetLine: null,
    });
    await user.click(await screen.findByRole('button', { name: '„Schnellbus: 1.200 Fahrgäste am Tag (Zählung der DSW21)“ zur Freigabe einreichen' }));
    await waitFor(() => expect(requestsOf(requests, 'SubmitNewsItem')).toHaveLength(1));
  });
});
