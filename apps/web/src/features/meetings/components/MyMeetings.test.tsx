import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyMeetingRegistrationsQuery } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { meData } from '../../../test/fixtures';
import { apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf } from '../../../test/utils';
import { MyMeetings } from './MyMeetings';

type Registration = MyMeetingRegistrationsQuery['myMeetingRegistrations'][number];
const ORG = { __typename: 'Organisation' as const, id: 'org-1', name: 'Velkamp Drahtwerk GmbH' };

function registration(id: string, title: string, overrides: Partial<Registration> = {}): Registration {
  return {
    __typename: 'MeetingRegistration',
    id,
    status: 'REGISTERED',
    code: 'K7M2Q9XP',
    waitlistPosition: null,
    organisation: ORG,
    meeting: {
      __typename: 'Meeting',
      id: `meeting-${id}`,
      title,
      kind: 'DENKRAUM_WORKSHOP',
      startsAt: '2027-11-02T17:00:00.000Z',
      endsAt: '2027-11-02T19:00:00.000Z',
      format: 'ONLINE',
      place: null,
      visibility: 'PUBLIC',
      status: 'SCHEDULED',
      capacity: 2,
      seatsLeft: 0,
      registrationOpen: true,
      municipality: null,
      organiser: { __typename: 'Organisation', id: 'org-ihk', name: 'IHK Siegen' },
      topicFields: [],
    },
    ...overrides,
  } as Registration;
}

describe('MyMeetings (on "Meine Termine")', () => {
  it('lists seats and waitlist places with their codes, links to my invitations, and withdraws after confirming', async () => {
    let cancelled = false;
    const { requests } = fakeGraphQL((request) => {
      const name = operationName(request);
      if (name === 'Me') return { data: meData() };
      if (name === 'MyMeetingRegistrations') {
        const waiting = registration('r2', 'Denkraum Warteliste', { status: 'WAITLISTED', waitlistPosition: 3, code: 'W4ITL1ST' });
        return { data: { myMeetingRegistrations: cancelled ? [waiting] : [registration('r1', 'Denkraum KI'), waiting] } };
      }
      if (name === 'CancelMeetingRegistration') {
        cancelled = true;
        return { data: { cancelMeetingRegistration: { __typename: 'MeetingRegistration', id: 'r1', status: 'CANCELLED' } } };
      }
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    const user = userEvent.setup();
    renderWithProviders(<MyMeetings past={false} />, { route: '/werkbank/termine' });
    const section = await screen.findByRole('region', { name: 'Meine Veranstaltungen' });
    expect(within(section).getByRole('link', { name: 'Meine Einladungen' }).getAttribute('href')).toBe('/veranstaltungen/einladungen');
    const seat = (await within(section).findByRole('link', { name: 'Denkraum KI' })).closest('article')!;
    expect(seat.textContent).toContain('Dienstag, 2. November 2027, 18:00–20:00');
    expect(seat.textContent).toContain('Sie sind angemeldet. Angemeldet für Velkamp Drahtwerk GmbH');
    expect(seat.textContent).toContain('Anmeldecode: K7M2Q9XP');
    const waiting = within(section).getByRole('link', { name: 'Denkraum Warteliste' }).closest('article')!;
    expect(waiting.textContent).toContain('Sie stehen auf der Warteliste (Platz 3).');
    expect(waiting.textContent).toContain('W4ITL1ST');

    await user.click(within(seat).getByRole('button', { name: 'Anmeldung zurückziehen Denkraum KI' }));
    expect(requestsOf(requests, 'CancelMeetingRegistration')).toHaveLength(0);
    await user.click(within(seat).getByRole('button', { name: 'Ja, zurückziehen' }));
    await waitFor(() => expect(requestsOf(requests, 'CancelMeetingRegistration')).toHaveLength(1));
    expect(requestsOf(requests, 'CancelMeetingRegistration')[0]!.variables).toEqual({ id: 'r1' });
    await waitFor(() => expect(within(section).queryByRole('link', { name: 'Denkraum KI' })).toBeNull());
  });

  it('shows nothing under the past tab (registrations end with their meeting)', () => {
    fakeGraphQL(() => ({ data: { myMeetingRegistrations: [] } }));
    const { container } = renderWithProviders(<MyMeetings past />, { route: '/werkbank/termine?zeit=vergangen' });
    expect(container.querySelector('section')).toBeNull();
  });
});
