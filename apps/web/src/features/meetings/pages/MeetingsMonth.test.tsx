import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingSummaryFieldsFragment } from '../../../gql/graphql';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';
// Loaded up front: AppRoutes imports the meetings lazily.
import './MeetingsRoutes';

function meeting(id: string, title: string, startsAt: string): MeetingSummaryFieldsFragment {
  return {
    __typename: 'Meeting',
    id,
    title,
    kind: 'DENKRAUM_WORKSHOP',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
    format: 'ONLINE',
    place: null,
    visibility: 'PUBLIC',
    status: 'SCHEDULED',
    capacity: null,
    seatsLeft: null,
    registrationOpen: true,
    municipality: null,
    organiser: { __typename: 'Organisation', id: 'org-ihk', name: 'IHK Siegen' },
    topicFields: [],
  } as MeetingSummaryFieldsFragment;
}

describe('MeetingsPage month view (/veranstaltungen?ansicht=monat)', () => {
  it('asks for the Berlin month with the filters, places meetings on their Berlin day and moves between days with the keyboard', async () => {
    const { requests } = fakeGraphQL((request) => {
      const name = operationName(request);
      if (name === 'Me') return { data: meData() };
      if (name === 'TopicFields') return { data: topicFieldsData() };
      if (name === 'Meetings') {
        // 23:30 UTC on 29 March is 01:30 on the 30th in Berlin (summer time).
        const nodes = [meeting('m1', 'Denkraum KI', '2027-03-25T17:00:00.000Z'), meeting('m2', 'Frühe Runde', '2027-03-29T23:30:00.000Z')];
        return { data: { meetings: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) } } };
      }
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/veranstaltungen?ansicht=monat&monat=2027-03&art=denkraum-workshop' });
    const grid = await screen.findByRole('grid', { name: 'März 2027' });
    expect(screen.getByRole('link', { name: 'Monat' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(requestsOf(requests, 'Meetings')).toHaveLength(1));
    expect(requestsOf(requests, 'Meetings')[0]!.variables).toEqual({
      filter: { kind: 'DENKRAUM_WORKSHOP', from: '2027-02-28T23:00:00.000Z', to: '2027-03-31T22:00:00.000Z' },
      first: 100,
      after: null,
    });
    const cell = (label: string) => within(grid).getByText(label, { exact: false }).closest('td')!;
    await within(grid).findByRole('link', { name: '18:00 Denkraum KI' });
    expect(cell('Donnerstag, 25. März 2027').textContent).toContain('18:00 Denkraum KI');
    expect(cell('Dienstag, 30. März 2027').textContent).toContain('01:30 Frühe Runde');
    expect(cell('Montag, 29. März 2027').textContent).toContain('keine Veranstaltung');

    // One day in the tab order; the arrows move it.
    const first = cell('Montag, 1. März 2027');
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('Montag, 8. März 2027'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(cell('Sonntag, 14. März 2027'));
    expect(cell('Sonntag, 14. März 2027').tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);

    // The next month keeps the view and the filter.
    await user.click(screen.getByRole('link', { name: 'Nächster Monat' }));
    expect(await screen.findByRole('grid', { name: 'April 2027' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Liste' }));
    await waitFor(() => expect(screen.queryByRole('grid')).toBeNull());
  });
});
