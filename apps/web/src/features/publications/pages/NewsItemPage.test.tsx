import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData } from '../../../test/fixtures';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf, type RecordedRequest } from '../../../test/utils';
import { newsItem } from '../test/fixtures';
// Loaded up front: AppRoutes imports the news pages lazily.
import './NewsRoutes';

const ITEM = newsItem();
const PATH = `/meldungen/${ITEM.id}`;
type Can = { correct: boolean; withdraw: boolean };

/** The API as the page sees it: the item (and what I may do with it); `mutate` answers the steps. */
function api(can: Can, mutate: (request: RecordedRequest) => { data: unknown } | ReturnType<typeof apiError> = () => ({ data: {} })) {
  let current: NewsItemFieldsFragment = ITEM;
  let allowed = can;
  return fakeGraphQL((request) => {
    const name = operationName(request);
    if (name === 'Me') return { data: can.correct || can.withdraw ? meData() : { me: null } };
    if (name === 'NewsItem') return { data: { newsItem: { ...current, viewerCan: { __typename: 'NewsViewerActions', ...allowed } } } };
    if (name !== 'CorrectNewsItem' && name !== 'WithdrawNewsItem') return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    const reply = mutate(request);
    if ('data' in reply) {
      const item = Object.values(reply.data as Record<string, NewsItemFieldsFragment>)[0];
      if (item) current = item;
      if (item?.status === 'WITHDRAWN') allowed = { correct: false, withdraw: false };
    }
    return reply;
  });
}

describe('NewsItemPage (/meldungen/:id): correction and withdrawal', () => {
  it('shows neither form to a reader the API does not allow', async () => {
    api({ correct: false, withdraw: false });
    renderWithProviders(<AppRoutes />, { route: PATH });
    expect(await screen.findByRole('heading', { level: 1, name: ITEM.title })).toBeTruthy();
    await screen.findByRole('region', { name: 'Herkunft' });
    expect(screen.queryByRole('region', { name: 'Berichtigen oder zurückziehen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /berichtigung veröffentlichen|zurückziehen/i })).toBeNull();
  });

  it('only the withdrawal for the author (viewerCan.withdraw without correct)', async () => {
    api({ correct: false, withdraw: true });
    renderWithProviders(<AppRoutes />, { route: PATH });
    const actions = await screen.findByRole('region', { name: 'Berichtigen oder zurückziehen' });
    expect(within(actions).getByRole('button', { name: 'Meldung zurückziehen …' })).toBeTruthy();
    expect(within(actions).queryByRole('button', { name: 'Berichtigung veröffentlichen' })).toBeNull();
  });

  it('corrects: says what is missing first, sends the new text with its reason, and the history shows version 2', async () => {
    const corrected = newsItem({
      title: 'Schnellbus Dortmund–Lüdenscheid startet im April',
      version: 2,
      versions: [
        {
          version: 2,
          title: 'Schnellbus Dortmund–Lüdenscheid startet im April',
          reason: 'Starttermin verschoben',
          createdAt: '2026-11-03T09:00:00.000Z',
        },
        ...ITEM.versions,
      ],
    });
    const { requests } = api({ correct: true, withdraw: true }, () => ({ data: { correctNewsItem: corrected } }));
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: PATH });
    const form = await screen.findByRole('form', { name: 'Berichtigen' });
    expect((within(form).getByLabelText('Überschrift') as HTMLInputElement).value).toBe(ITEM.title);

    await user.click(within(form).getByRole('button', { name: 'Berichtigung veröffentlichen' }));
    expect(within(form).getByRole('link', { name: 'Grund der Berichtigung: Bitte mindestens 5 Zeichen.' })).toBeTruthy();
    await user.type(within(form).getByLabelText('Links', { exact: false }), '\nkein-link');
    await user.click(within(form).getByRole('button', { name: 'Berichtigung veröffentlichen' }));
    expect(within(form).getByRole('link', { name: 'Links: Jeder Link beginnt mit https:// oder http://.' })).toBeTruthy();
    expect(requestsOf(requests, 'CorrectNewsItem')).toHaveLength(0);

    const links = within(form).getByLabelText('Links', { exact: false });
    await user.clear(links);
    await user.type(links, 'https://www.dortmund.de/verkehr');
    const title = within(form).getByLabelText('Überschrift');
    await user.clear(title);
    await user.type(title, 'Schnellbus Dortmund–Lüdenscheid startet im April');
    await user.type(within(form).getByLabelText('Grund der Berichtigung', { exact: false }), 'Starttermin verschoben');
    await user.click(within(form).getByRole('button', { name: 'Berichtigung veröffentlichen' }));

    const actions = screen.getByRole('region', { name: 'Berichtigen oder zurückziehen' });
    await waitFor(() => expect(within(actions).getByRole('status').textContent).toBe('Berichtigt: Version 2 ist veröffentlicht.'));
    expect(requestsOf(requests, 'CorrectNewsItem')[0]!.variables).toEqual({
      id: ITEM.id,
      input: {
        title: 'Schnellbus Dortmund–Lüdenscheid startet im April',
        teaser: ITEM.teaser,
        body: ITEM.body,
        links: ['https://www.dortmund.de/verkehr'],
        reason: 'Starttermin verschoben',
      },
    });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Versionen' }).textContent).toContain('Berichtigung: Starttermin verschoben'));
  });

  it('puts the API’s BAD_USER_INPUT on the reason and a refusal in an alert', async () => {
    let calls = 0;
    api({ correct: true, withdraw: true }, () =>
      ++calls === 1
        ? {
            errors: [
              {
                message: 'Ungültige Eingabe in: reason.',
                extensions: { code: ErrorCodes.BAD_USER_INPUT, fields: [{ field: 'reason', constraints: ['isLength'] }] },
              },
            ],
          }
        : apiError(ErrorCodes.NEWS_APPROVER_REQUIRED, 'Das dürfen nur die Geschäftsstelle oder die Inhaberin bzw. der Inhaber des Amts.'),
    );
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: PATH });
    const form = await screen.findByRole('form', { name: 'Berichtigen' });
    await user.type(within(form).getByLabelText('Grund der Berichtigung', { exact: false }), 'Tippfehler');
    await user.click(within(form).getByRole('button', { name: 'Berichtigung veröffentlichen' }));
    expect(await within(form).findByRole('link', { name: 'Grund der Berichtigung: Bitte prüfen Sie diese Angabe.' })).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Berichtigung veröffentlichen' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Berichtigen nicht möglich');
    expect(alert.textContent).toContain('Geschäftsstelle');
  });

  it('withdraws after a reason and a confirmation; the item stays, marked withdrawn with the reason', async () => {
    const withdrawn = newsItem({ status: 'WITHDRAWN', withdrawnAt: '2026-11-05T10:00:00.000Z', withdrawalReason: 'Linie eingestellt' });
    const { requests } = api({ correct: true, withdraw: true }, () => ({ data: { withdrawNewsItem: withdrawn } }));
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: PATH });
    const form = await screen.findByRole('form', { name: 'Zurückziehen' });
    await user.click(within(form).getByRole('button', { name: 'Meldung zurückziehen …' }));
    expect(within(form).getByRole('link', { name: 'Grund des Zurückziehens: Bitte mindestens 5 Zeichen.' })).toBeTruthy();
    await user.type(within(form).getByLabelText('Grund des Zurückziehens', { exact: false }), 'Linie eingestellt');
    await user.click(within(form).getByRole('button', { name: 'Meldung zurückziehen …' }));
    const confirm = within(form).getByRole('group', { name: `„${ITEM.title}“ wirklich zurückziehen?` });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Ja, zurückziehen' }));
    expect(requestsOf(requests, 'WithdrawNewsItem')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Ja, zurückziehen' }));

    await waitFor(() => expect(screen.getByRole('note').textContent).toContain('Grund: Linie eingestellt'));
    expect(requestsOf(requests, 'WithdrawNewsItem')[0]!.variables).toEqual({ id: ITEM.id, reason: 'Linie eingestellt' });
    const actions = screen.getByRole('region', { name: 'Berichtigen oder zurückziehen' });
    expect(within(actions).getByRole('status').textContent).toBe('Die Meldung ist zurückgezogen.');
    expect(screen.queryByRole('form', { name: 'Zurückziehen' })).toBeNull();
  });
});
