import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingQuery } from '../../../gql/graphql';
import { meData, topicFieldsData } from '../../../test/fixtures';
import { AppRoutes, apiError, fakeGraphQL, operationName, renderWithProviders, requestsOf, type RecordedRequest } from '../../../test/utils';
import { ErrorCodes } from '../../../lib/error-codes';
// Loaded up front: AppRoutes imports the meetings lazily.
import './MeetingsRoutes';

const MEETING_ID = '6f1c4b8e-8a1e-4d7e-9a53-0c7a1d2b3c4d';
const ORG = { id: '0e4f2b8a-1111-4c4c-8d8d-222233334444', name: 'Velkamp Drahtwerk GmbH' };

function meeting(overrides: Partial<MeetingQuery['meeting']> = {}): MeetingQuery['meeting'] {
  return {
    __typename: 'Meeting',
    id: MEETING_ID,
    title: 'Denkraum KI im Mittelstand',
    kind: 'DENKRAUM_WORKSHOP',
    startsAt: '2027-03-25T17:00:00.000Z',
    endsAt: '2027-03-25T19:00:00.000Z',
    format: 'ONLINE',
    place: null,
    visibility: 'PUBLIC',
    status: 'SCHEDULED',
    capacity: 1,
    seatsLeft: 0,
    registrationOpen: true,
    municipality: null,
    organiser: { __typename: 'Organisation', id: 'org-ihk', name: 'IHK Siegen' },
    topicFields: [{ __typename: 'TopicField', key: 'IT_COMPETENCE', title: 'IT-Kompetenzen' }],
    description: 'Unternehmen sprechen über KI.',
    onlineLink: null,
    waitlistEnabled: true,
    registrationDeadline: null,
    registeredCount: 1,
    waitlistCount: 0,
    viewerCanEdit: false,
    agenda: [
      { __typename: 'AgendaItem', id: 'a1', position: 1, title: 'Begrüßung', description: '', durationMinutes: 10, responsibleOrganisation: null },
      {
        __typename: 'AgendaItem',
        id: 'a2',
        position: 2,
        title: 'KI in der Fertigung',
        description: '',
        durationMinutes: 60,
        responsibleOrganisation: { __typename: 'Organisation', id: 'org-ihk', name: 'IHK Siegen' },
      },
    ],
    viewerRegistration: null,
    ...overrides,
  } as MeetingQuery['meeting'];
}

function server(handler: (request: RecordedRequest) => unknown) {
  return fakeGraphQL((request) => {
    const name = operationName(request) ?? '';
    if (name === 'Me') return { data: meData({ name: 'Vera Velkamp' }) };
    if (name === 'TopicFields') return { data: topicFieldsData() };
    if (name === 'RegistrationOrganisations') return { data: { myOrganisations: [ORG] } };
    return handler(request) as never;
  });
}

describe('MeetingPage (/veranstaltungen/:id)', () => {
  it('shows the agenda in order, keeps the link back without a seat, and puts me on the waitlist with my code', async () => {
    let registered = false;
    const registration = {
      __typename: 'MeetingRegistration',
      id: 'r1',
      status: 'WAITLISTED',
      code: 'K7M2Q9XP',
      waitlistPosition: 1,
      organisation: { __typename: 'Organisation', ...ORG },
    };
    const { requests } = server((request) => {
      if (operationName(request) === 'Meeting')
        return { data: { meeting: meeting(registered ? { viewerRegistration: registration as never } : {}) } };
      if (operationName(request) === 'RegisterForMeeting') {
        registered = true;
        return { data: { registerForMeeting: registration } };
      }
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    renderWithProviders(<AppRoutes />, { route: `/veranstaltungen/${MEETING_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Denkraum KI im Mittelstand' })).toBeTruthy();
    const agenda = screen.getByRole('region', { name: 'Tagesordnung' });
    expect(agenda.textContent).toContain('Begrüßung (10 Minuten)KI in der Fertigung (60 Minuten)Verantwortlich: IHK Siegen');
    const facts = screen.getByRole('region', { name: 'Auf einen Blick' });
    expect(facts.textContent).toContain('Donnerstag, 25. März 2027, 18:00–20:00');
    expect(facts.textContent).toContain('Der Link erscheint hier, sobald Sie einen Platz haben.');
    expect(screen.getByRole('link', { name: 'Kalendereintrag (.ics) herunterladen' }).getAttribute('href')).toBe(
      `/meetings/${MEETING_ID}/calendar.ics`,
    );

    // One organisation: it is the choice; the meeting is full, so the button says waitlist.
    await userEvent.click(await screen.findByRole('button', { name: 'Auf die Warteliste' }));
    await waitFor(() => expect(requestsOf(requests, 'RegisterForMeeting')).toHaveLength(1));
    expect(requestsOf(requests, 'RegisterForMeeting')[0]!.variables).toEqual({ input: { meetingId: MEETING_ID, organisationId: ORG.id } });
    expect(await screen.findByText('K7M2Q9XP')).toBeTruthy();
    expect(screen.getAllByText(/Sie stehen auf der Warteliste \(Platz 1\)/).length).toBeGreaterThan(0);
  });

  it('shows published minutes with where each decision led, and lets the organisers publish a decision with a new milestone after a confirmation', async () => {
    const decision = {
      __typename: 'MeetingDecision',
      id: 'd1',
      number: 1,
      text: 'Die Partner starten den Pilot.',
      textDe: 'Die Partner starten den Pilot.',
      textEn: 'Die Partner starten den Pilot.',
      project: { __typename: 'Project', id: 'p1', slug: 'ki-pilot', title: 'KI-Pilot' },
      milestone: { __typename: 'Milestone', id: 'm1', title: 'Pilot gestartet', dueOn: '2027-06-30', done: false, overdue: false },
    };
    const held = meeting({
      startsAt: '2026-01-10T09:00:00.000Z',
      endsAt: '2026-01-10T11:00:00.000Z',
      viewerCanEdit: true,
      minutes: { __typename: 'MeetingMinutes', publishedAt: '2026-01-10T12:00:00.000Z', correctedAt: null, version: 1 },
      agenda: [
        {
          __typename: 'AgendaItem',
          id: 'a1',
          position: 1,
          title: 'Pilot',
          description: '',
          durationMinutes: 30,
          responsibleOrganisation: null,
          minutes: 'Besprochen.',
          decisions: [decision],
        },
      ],
    } as never);
    const { requests } = server((request) => {
      const name = operationName(request);
      if (name === 'Meeting') return { data: { meeting: held } };
      if (name === 'MeetingParticipants') return { data: { meetingParticipants: [] } };
      if (name === 'MeetingInvitations') return { data: { meeting: { __typename: 'Meeting', id: MEETING_ID, invitations: [] } } };
      if (name === 'MinutesProjects')
        return {
          data: {
            topicFields: [
              {
                key: 'IT_COMPETENCE',
                projects: [
                  {
                    id: 'p1',
                    title: 'KI-Pilot',
                    milestones: [{ id: 'm1', title: 'Pilot gestartet', done: false }],
                    participants: [{ organisation: ORG }],
                  },
                ],
              },
              { key: 'NETWORKING', projects: [{ id: 'p9', title: 'Anderes Feld', milestones: [], participants: [] }] },
            ],
          },
        };
      if (name === 'PublishMeetingMinutes') return { data: { publishMeetingMinutes: { id: MEETING_ID, minutes: { version: 2 } } } };
      return apiError(ErrorCodes.INTERNAL_SERVER_ERROR, 'unexpected');
    });
    renderWithProviders(<AppRoutes />, { route: `/veranstaltungen/${MEETING_ID}` });
    const minutes = await screen.findByRole('region', { name: 'Protokoll und Beschlüsse' });
    expect(minutes.textContent).toContain('Besprochen.');
    expect(minutes.textContent).toContain('Beschluss 1: Die Partner starten den Pilot.');
    expect(minutes.textContent).toContain('Meilenstein „Pilot gestartet“ im Projekt KI-Pilot · Offen · fällig am 30. Juni 2027');

    await userEvent.click(screen.getByRole('button', { name: 'Protokoll berichtigen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Beschluss hinzufügen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Protokoll veröffentlichen' }));
    // A decision without text: the summary takes focus; nothing is sent.
    await waitFor(() => expect(document.activeElement?.className).toBe('error-summary'));
    const texts = screen.getAllByRole('textbox', { name: 'Beschlusstext (Deutsch)' });
    await userEvent.type(texts[1]!, 'Der Pilot läuft in Olpe.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Legt einen Meilenstein an oder verschiebt ihn' }));
    const project = screen.getByRole('combobox', { name: 'Projekt' });
    expect(Array.from((project as HTMLSelectElement).options).map((o) => o.text)).toEqual(['Projekt wählen …', 'KI-Pilot']);
    await userEvent.selectOptions(project, 'p1');
    await userEvent.type(screen.getByRole('textbox', { name: 'Titel des Meilensteins' }), 'Pilot in Olpe');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Verantwortliche Organisation' }), ORG.id);
    await userEvent.type(screen.getByLabelText('Fällig am'), '2099-05-01');
    await userEvent.click(screen.getByRole('button', { name: 'Protokoll veröffentlichen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Veröffentlichen' }));
    await waitFor(() => expect(requestsOf(requests, 'PublishMeetingMinutes')).toHaveLength(1));
    expect(requestsOf(requests, 'PublishMeetingMinutes')[0]!.variables).toEqual({
      input: {
        meetingId: MEETING_ID,
        items: [
          {
            agendaItemId: 'a1',
            text: 'Besprochen.',
            decisions: [
              { id: 'd1', textDe: 'Die Partner starten den Pilot.', textEn: null, milestone: null },
              {
                id: null,
                textDe: 'Der Pilot läuft in Olpe.',
                textEn: null,
                milestone: { projectId: 'p1', milestoneId: null, title: 'Pilot in Olpe', responsibleOrganisationId: ORG.id, dueOn: '2099-05-01' },
              },
            ],
          },
        ],
      },
    });
    expect(await screen.findByText('Das Protokoll ist veröffentlicht.')).toBeTruthy();
  });

  it('says so when the meeting is not visible', async () => {
    server(() => apiError(ErrorCodes.MEETING_NOT_FOUND, 'Diesen Termin gibt es nicht.'));
    renderWithProviders(<AppRoutes />, { route: `/veranstaltungen/${MEETING_ID}` });
    expect(await screen.findByText('Diese Veranstaltung gibt es nicht, oder sie ist nicht für Sie sichtbar.')).toBeTruthy();
  });
});
