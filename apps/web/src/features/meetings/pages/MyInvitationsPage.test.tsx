import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyMeetingInvitationFieldsFragment } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData } from '../../../test/fixtures';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
// Loaded up front: AppRoutes imports the meetings lazily.
import './MeetingsRoutes';

const CITY = { __typename: 'Organisation' as const, id: '0e4f2b8a-1111-4c4c-8d8d-222233334444', name: 'Stadt Olpe' };

function invitation(overrides: Partial<MyMeetingInvitationFieldsFragment> = {}): MyMeetingInvitationFieldsFragment {
  return {
    __typename: 'MeetingInvitation',
    id: 'inv-1',
    answer: 'OPEN',
    officeTitle: 'Bürgermeister',
    answeredByName: null,
    deputyName: null,
    organisation: CITY,
    meeting: {
      __typename: 'Meeting',
      id: 'meeting-1',
      title: 'Erstes Bürgermeistertreffen',
      kind: 'MAYORS_MEETING',
      startsAt: '2027-03-30T08:00:00.000Z',
      endsAt: '2027-03-30T10:00:00.000Z',
      format: 'IN_PERSON',
      place: 'Rathaus Dortmund',
      visibility: 'INVITED',
      status: 'SCHEDULED',
      capacity: null,
      seatsLeft: null,
      registrationOpen: false,
      municipality: null,
      organiser: { __typename: 'Organisation', id: 'org-wfd', name: 'Wirtschaftsförderung Dortmund' },
      topicFields: [],
    },
    ...overrides,
  } as MyMeetingInvitationFieldsFragment;
}

describe('MyInvitationsPage (/veranstaltungen/einladungen)', () => {
  it('answers with a deputy from my organisation after saying what is missing, and shows the answer', async () => {
    let answered: MyMeetingInvitationFieldsFragment | null = null;
    const { requests } = fakeGraphQL((request) => {
      const name = operationName(request);
      if (name === 'Me') return { data: meData({ id: 'user-1', name: 'Bürgermeister Olpe' }) };
      if (name === 'MyMeetingInvitations') return { data: { myMeetingInvitations: [answered ?? invitation()] } };
      if (name === 'DeputyCandidates') {
        return {
          data: {
            me: { __typename: 'Me', id: 'user-1' },
            myOrganisations: [
              {
                __typename: 'MyOrganisation',
                id: CITY.id,
                members: [
                  { __typename: 'Member', userId: 'user-1', name: 'Bürgermeister Olpe' },
                  { __typename: 'Member', userId: 'user-2', name: 'Erste Beigeordnete' },
                ],
              },
            ],
          },
        };
      }
      if (name === 'AnswerMeetingInvitation') {
        answered = invitation({ answer: 'DEPUTY', deputyName: 'Erste Beigeordnete', answeredByName: 'Bürgermeister Olpe' });
        return { data: { answerMeetingInvitation: answered } };
      }
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/veranstaltungen/einladungen' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Einladungen' })).toBeTruthy();
    const card = (await screen.findByRole('link', { name: 'Erstes Bürgermeistertreffen' })).closest('article')!;
    expect(card.textContent).toContain('Dienstag, 30. März 2027, 10:00–12:00');
    expect(card.textContent).toContain('Eingeladen: Bürgermeister (Stadt Olpe)');
    expect(card.textContent).toContain('Noch nicht beantwortet.');

    await user.click(within(card).getByRole('button', { name: 'Antwort senden' }));
    expect(await within(card).findByText('Bitte wählen Sie eine Antwort.', { selector: '.field__error *, .field__error' })).toBeTruthy();
    await user.selectOptions(within(card).getByLabelText(/Ihre Antwort/), 'DEPUTY');
    const deputy = await within(card).findByLabelText(/Wer nimmt teil/);
    await waitFor(() =>
      expect(
        within(deputy)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Bitte wählen', 'Erste Beigeordnete']),
    );
    await user.click(within(card).getByRole('button', { name: 'Antwort senden' }));
    expect(await within(card).findByText('Bitte wählen Sie, wer Sie vertritt.', { selector: '.field__error *, .field__error' })).toBeTruthy();
    expect(requestsOf(requests, 'AnswerMeetingInvitation')).toHaveLength(0);

    await user.selectOptions(deputy, 'user-2');
    await user.click(within(card).getByRole('button', { name: 'Antwort senden' }));
    await waitFor(() => expect(requestsOf(requests, 'AnswerMeetingInvitation')).toHaveLength(1));
    expect(requestsOf(requests, 'AnswerMeetingInvitation')[0]!.variables).toEqual({
      input: { invitationId: 'inv-1', answer: 'DEPUTY', deputyUserId: 'user-2' },
    });
    expect(await screen.findByText('Vertretung: Erste Beigeordnete nimmt teil.')).toBeTruthy();
    expect(screen.getAllByText('Ihre Antwort zu „Erstes Bürgermeistertreffen“ ist gespeichert.').length).toBeGreaterThan(0);
  });

  it('says when there is nothing to answer', async () => {
    fakeGraphQL((request) => {
      if (operationName(request) === 'Me') return { data: meData() };
      return { data: { myMeetingInvitations: [] } };
    });
    renderWithProviders(<AppRoutes />, { route: '/veranstaltungen/einladungen' });
    expect(await screen.findByText('Sie haben keine offenen Einladungen zu anstehenden Veranstaltungen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zum Veranstaltungskalender' }).getAttribute('href')).toBe('/veranstaltungen');
  });
});
