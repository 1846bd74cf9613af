import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContactRequestFieldsFragment } from '../../../gql/graphql';
import { AppRoutes, currentLocation, renderWithProviders } from '../../../test/utils';
import { connection, contactRequest, requestsOf, uuid } from '../test/fixtures';
import { boardServer } from '../test/server';

const ROUTE = '/boerse/kontakte';
const KARL = { name: 'Karl Kalthöfer', email: 'kalthoefer@demo.example.org', organisationName: 'Kalthöfer & Söhne Metallbearbeitung GmbH' };

/** Contact requests kept in `state`; answering and withdrawing change them like the API. */
function contactsServer(initial: ContactRequestFieldsFragment[] = [contactRequest()]) {
  const state = { requests: initial };
  const change = (id: unknown, patch: Partial<ContactRequestFieldsFragment>) => {
    state.requests = state.requests.map((request) => (request.id === id ? { ...request, ...patch } : request));
    return state.requests.find((request) => request.id === id)!;
  };
  const server = boardServer({
    ContactRequests: () => ({ data: { contactRequests: connection(state.requests) } }),
    AnswerContactRequest: ({ variables }) => ({
      data: {
        answerContactRequest: change(
          variables.id,
          variables.accept
            ? { status: 'ACCEPTED', counterpart: KARL, answeredAt: '2026-03-06T08:00:00Z' }
            : { status: 'DECLINED', answeredAt: '2026-03-06T08:00:00Z' },
        ),
      },
    }),
    WithdrawContactRequest: ({ variables }) => ({
      data: { withdrawContactRequest: change(variables.id, { status: 'WITHDRAWN', counterpart: null }) },
    }),
  });
  return { ...server, state };
}

const item = async (title = 'SPS-Programmierer/in für Intralogistik') =>
  (await screen.findByRole('article', { name: new RegExp(title.replace(/[()/]/g, '.')) })) as HTMLElement;

describe('ContactRequestsPage', () => {
  it('lists the inbox with need, offer, message, status and date; contact details only once accepted', async () => {
    const user = userEvent.setup();
    const { requests } = contactsServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const request = await item();
    expect(requestsOf(requests, 'ContactRequests')[0]?.variables).toEqual({ box: 'INBOX', status: null, first: 20, after: null });
    expect(within(request).getByRole('link', { name: 'SPS-Programmierer/in für Intralogistik' }).getAttribute('href')).toBe(
      `/boerse/bedarfe/${uuid(1)}`,
    );
    expect(within(request).getByRole('link', { name: 'SPS-Schulung für Ihr Team' }).getAttribute('href')).toBe(`/boerse/angebote/${uuid(2)}`);
    expect(request.textContent).toContain('Wartet auf Antwort');
    expect(request.textContent).toContain('Anfrage der Angebotsseite an Ihren Bedarf · gestellt am 05.03.2026, 10:30');
    expect(request.textContent).toContain('Guten Tag, wir schulen gern Ihr Team in SPS-Programmierung.');
    expect(request.textContent).toContain('Die Kontaktdaten erscheinen hier, sobald die Anfrage angenommen ist.');
    expect(within(request).queryByRole('link', { name: KARL.email })).toBeNull();
    // The receiving side answers; it has nothing to withdraw.
    expect(within(request).queryByRole('button', { name: 'Zurückziehen' })).toBeNull();

    await user.click(within(request).getByRole('button', { name: 'Annehmen' }));
    const status = await screen.findByText('Angenommen. Die Kontaktdaten stehen jetzt bei der Anfrage.');
    expect(status.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(status);
    expect(requestsOf(requests, 'AnswerContactRequest')[0]?.variables).toEqual({ id: uuid(301), accept: true });
    const mail = await within(request).findByRole('link', { name: KARL.email });
    expect(mail.getAttribute('href')).toBe(`mailto:${KARL.email}`);
    expect(request.textContent).toContain('Karl Kalthöfer');
    expect(request.textContent).toContain('Kalthöfer & Söhne Metallbearbeitung GmbH');
    expect(within(request).queryByRole('button', { name: 'Annehmen' })).toBeNull();
    expect(within(request).queryByRole('button', { name: 'Zurückziehen' })).toBeNull();

    // Afterwards the receiving side can end the contact (not "withdraw" a request it did not send).
    await user.click(within(request).getByRole('button', { name: 'Kontakt beenden' }));
    expect(request.textContent).toContain('Den Kontakt wirklich beenden?');
    await user.click(within(request).getByRole('button', { name: 'Ja, Kontakt beenden' }));
    expect(await screen.findByText('Der Kontakt ist beendet.')).toBeTruthy();
    expect(requestsOf(requests, 'WithdrawContactRequest')[0]?.variables).toEqual({ id: uuid(301) });
    await waitFor(() => expect(within(request).queryByRole('link', { name: KARL.email })).toBeNull());
  });

  it('declines a request: no contact details', async () => {
    const user = userEvent.setup();
    const { requests } = contactsServer();
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    const request = await item();
    await user.click(within(request).getByRole('button', { name: 'Ablehnen' }));
    expect(await screen.findByText('Abgelehnt.')).toBeTruthy();
    expect(requestsOf(requests, 'AnswerContactRequest')[0]?.variables).toEqual({ id: uuid(301), accept: false });
    await waitFor(() => expect(request.textContent).toContain('Keine Kontaktdaten – die Anfrage wurde abgelehnt oder zurückgezogen.'));
    expect(within(request).queryByRole('link', { name: KARL.email })).toBeNull();
    expect(within(request).queryByRole('button', { name: 'Zurückziehen' })).toBeNull();
  });

  it('withdraws after confirmation; the outbox and the status filter live in the URL', async () => {
    const user = userEvent.setup();
    const { requests } = contactsServer([contactRequest({ status: 'ACCEPTED', fromSide: 'NEED', counterpart: KARL })]);
    const { container } = renderWithProviders(<AppRoutes />, { route: `${ROUTE}?fach=ausgang` });
    const request = await item();
    expect(requestsOf(requests, 'ContactRequests')[0]?.variables).toMatchObject({ box: 'OUTBOX' });
    expect(screen.getByRole('link', { name: 'Ausgang' }).getAttribute('aria-current')).toBe('page');
    expect(request.textContent).toContain('Ihre Anfrage zu Ihrem Bedarf');
    expect(within(request).queryByRole('button', { name: 'Annehmen' })).toBeNull();

    await user.click(within(request).getByRole('button', { name: 'Zurückziehen' }));
    expect(document.activeElement).toBe(within(request).getByRole('button', { name: 'Ja, zurückziehen' }));
    await user.click(within(request).getByRole('button', { name: 'Abbrechen' }));
    expect(document.activeElement).toBe(within(request).getByRole('button', { name: 'Zurückziehen' }));
    expect(requestsOf(requests, 'WithdrawContactRequest')).toHaveLength(0);
    await user.click(within(request).getByRole('button', { name: 'Zurückziehen' }));
    await user.click(within(request).getByRole('button', { name: 'Ja, zurückziehen' }));
    expect(await screen.findByText('Die Anfrage ist zurückgezogen.')).toBeTruthy();
    await waitFor(() => expect(within(request).queryByRole('link', { name: KARL.email })).toBeNull());

    await user.selectOptions(screen.getByLabelText('Status'), 'Angenommen');
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?fach=ausgang&status=accepted`));
    await waitFor(() => expect(requestsOf(requests, 'ContactRequests').at(-1)?.variables).toMatchObject({ box: 'OUTBOX', status: 'ACCEPTED' }));
    await user.click(screen.getByRole('link', { name: 'Eingang' }));
    await waitFor(() => expect(currentLocation(container)).toBe(`${ROUTE}?status=accepted`));
  });

  it('says when a box is empty', async () => {
    contactsServer([]);
    renderWithProviders(<AppRoutes />, { route: ROUTE });
    expect(await screen.findByText('Keine Kontaktanfragen im Eingang.')).toBeTruthy();
  });
});
