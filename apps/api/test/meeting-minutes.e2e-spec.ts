import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { ok } from './support/meeting-people';
import {
  LISTED_MINUTES,
  MEETING_MINUTES,
  PUBLISH_MINUTES,
  TOPIC_FIELD_MILESTONES,
  dayFromNow,
  pastMeetingInput,
  projectIn,
} from './support/meeting-minutes';
import { CREATE_MEETING, UPDATE_MEETING, joinOrganisation, meetingInput, participants } from './support/meetings';
import { codeOf } from './support/workbench';

const { app, municipality } = useDemoApp({ demoAccounts: false });
const { call } = accountsClient(app, municipality);

type Reply = Awaited<ReturnType<typeof call>>;

interface Decision {
  number: number;
  text: string;
  project: { id: string } | null;
  milestone: {
    id: string;
    title: string;
    dueOn: string;
    originalDueOn: string | null;
    done: boolean;
    overdue: boolean;
    responsibleOrganisation: { id: string } | null;
  } | null;
}
interface MinutesView {
  id: string;
  minutes: { publishedAt: string; correctedAt: string | null; version: number } | null;
  decisions: Decision[];
  agenda: Array<{ id: string; position: number; minutes: string | null; decisions: Array<{ number: number; text: string }> }>;
}
interface FieldMilestone {
  id: string;
  title: string;
  responsibleOrganisation: { id: string } | null;
  decision: { number: number; decidedAt: string; meeting: { id: string; title: string } } | null;
}

/** An organiser (member of a new company), a meeting that started an hour ago, and a project of its topic field led by another company. */
async function heldMeeting(overrides: Record<string, unknown> = {}) {
  const { people, organisationIds } = await participants(app(), 2, 2);
  const [organiser, outsider] = people as [(typeof people)[0], (typeof people)[0]];
  const meeting = ok<{ id: string; agenda: Array<{ position: number }> }>(
    await call(CREATE_MEETING, { input: pastMeetingInput(organisationIds[0]!, overrides) }, organiser.cookie),
    'createMeeting',
  );
  const view = ok<MinutesView>(await call(MEETING_MINUTES, { id: meeting.id }, organiser.cookie), 'meeting');
  const project = await projectIn(app(), 'IT_COMPETENCE', organisationIds[1]!);
  return { organiser, outsider, organiserId: organisationIds[0]!, meetingId: meeting.id, agenda: view.agenda.map((item) => item.id), project };
}

const publish = (cookie: string, input: Record<string, unknown>, language = 'de') => call(PUBLISH_MINUTES, { input }, cookie, language);

async function fieldMilestone(projectId: string, milestoneTitle: string, cookie?: string): Promise<FieldMilestone | undefined> {
  const field = ok<{ projects: Array<{ id: string; milestones: FieldMilestone[] }> }>(
    await call(TOPIC_FIELD_MILESTONES, { key: 'IT_COMPETENCE' }, cookie),
    'topicField',
  );
  return field.projects.find((p) => p.id === projectId)?.milestones.find((m) => m.title === milestoneTitle);
}

describe('meeting minutes and decisions', () => {
  it('publishes minutes per agenda item; a decision creates a milestone that the topic-field page shows with the meeting; a correction moves it and keeps the history', async () => {
    const { organiser, organiserId, meetingId, agenda, project } = await heldMeeting();
    const due = dayFromNow(60);
    ok(
      await publish(organiser.cookie, {
        meetingId,
        items: [
          { agendaItemId: agenda[0], text: '  Die Geschäftsstelle begrüßt die Runde.  ' },
          {
            agendaItemId: agenda[1],
            text: 'Die Digitalwerkstatt stellt ihren Plan vor.',
            decisions: [
              { textDe: 'Die Partner starten die Digitalwerkstatt.', textEn: 'The partners start the digital workshop.' },
              {
                textDe: 'Der Pilot läuft in Olpe.',
                milestone: { projectId: project.id, title: 'Pilot in Olpe gestartet', responsibleOrganisationId: organiserId, dueOn: due },
              },
            ],
          },
        ],
      }),
      'publishMeetingMinutes',
    );

    // The public meeting page (no sign-in): minutes per item, numbered decisions, where they led.
    const page = ok<MinutesView>(await call(MEETING_MINUTES, { id: meetingId }, undefined, 'en'), 'meeting');
    expect(page.minutes).toMatchObject({ version: 1, correctedAt: null });
    expect(page.agenda.map((item) => item.minutes)).toEqual([
      'Die Geschäftsstelle begrüßt die Runde.',
      'Die Digitalwerkstatt stellt ihren Plan vor.',
    ]);
    expect(page.agenda[1]!.decisions).toEqual([
      { number: 1, text: 'The partners start the digital workshop.' },
      { number: 2, text: 'Der Pilot läuft in Olpe.' },
    ]);
    expect(page.decisions[1]).toMatchObject({
      number: 2,
      project: { id: project.id },
      milestone: { title: 'Pilot in Olpe gestartet', dueOn: due, done: false, overdue: false, responsibleOrganisation: { id: organiserId } },
    });

    // The topic-field page's query: the milestone, who is responsible, "beschlossen am … in <meeting>".
    const milestone = await fieldMilestone(project.id, 'Pilot in Olpe gestartet');
    expect(milestone).toMatchObject({
      responsibleOrganisation: { id: organiserId },
      decision: { number: 2, meeting: { id: meetingId, title: 'Lenkungsrunde IT-Kompetenz' } },
    });

    // A correction: the text of item 1 changes, decision 1 is reworded, a new decision 3 moves the milestone.
    const later = dayFromNow(90);
    ok(
      await publish(organiser.cookie, {
        meetingId,
        items: [
          { agendaItemId: agenda[0], text: 'Die Geschäftsstelle begrüßt die Runde und die Gäste.' },
          {
            agendaItemId: agenda[1],
            text: 'Die Digitalwerkstatt stellt ihren Plan vor.',
            decisions: [
              { id: (await decisionIds(meetingId))[0], textDe: 'Die Partner starten die Digitalwerkstatt im Frühjahr.' },
              { textDe: 'Der Pilot verschiebt sich.', milestone: { projectId: project.id, milestoneId: milestone!.id, dueOn: later } },
            ],
          },
        ],
      }),
      'publishMeetingMinutes',
    );
    const corrected = ok<MinutesView>(await call(MEETING_MINUTES, { id: meetingId }), 'meeting');
    expect(corrected.minutes!.version).toBe(2);
    expect(Date.parse(corrected.minutes!.correctedAt!)).toBeGreaterThanOrEqual(Date.parse(corrected.minutes!.publishedAt));
    expect(corrected.decisions.map((d) => [d.number, d.text])).toEqual([
      [1, 'Die Partner starten die Digitalwerkstatt im Frühjahr.'],
      [2, 'Der Pilot läuft in Olpe.'],
      [3, 'Der Pilot verschiebt sich.'],
    ]);
    expect(corrected.decisions[2]!.milestone).toMatchObject({ id: milestone!.id, dueOn: later, originalDueOn: due });
    expect((await fieldMilestone(project.id, 'Pilot in Olpe gestartet'))!.decision).toMatchObject({ number: 3 });

    // Audited: publication and correction with the texts before and after; the milestone's own trail.
    const events = await app().db.database.prisma.auditEvent.findMany({
      where: { entityId: meetingId, action: { startsWith: 'meeting.minutes' } },
      orderBy: { occurredAt: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual(['meeting.minutes-published', 'meeting.minutes-corrected']);
    expect(JSON.stringify(events[1]!.changes)).toContain('Die Geschäftsstelle begrüßt die Runde.');
    const trail = await app().db.database.prisma.auditEvent.findMany({ where: { entityId: project.id, action: { startsWith: 'milestone.' } } });
    expect(trail.map((e) => [e.action, e.actingOrganisationId]).sort()).toEqual([
      ['milestone.added', organiserId],
      ['milestone.moved', organiserId],
    ]);

    // The agenda is now the record.
    const { organiserId: _organiser, ...unchanged } = pastMeetingInput(organiserId);
    const edit = await call(UPDATE_MEETING, { id: meetingId, input: unchanged }, organiser.cookie);
    expect([codeOf(edit), edit.body.errors?.[0]?.extensions?.problem]).toEqual(['MEETING_INVALID', 'MINUTES_PUBLISHED']);
  });

  it('refuses with coded errors in German and English, and a failing milestone leaves no minutes, decisions or milestones behind', async () => {
    const { organiser, outsider, meetingId, agenda, project } = await heldMeeting();
    const other = await projectIn(app(), 'NETWORKING', outsider.organisationId);
    const attempt = (decision: Record<string, unknown>, cookie = organiser.cookie, language = 'de') =>
      publish(cookie, { meetingId, items: [{ agendaItemId: agenda[1], text: 'Protokoll', decisions: [decision] }] }, language);
    const failure = (reply: Reply) => ({
      code: codeOf(reply),
      problem: reply.body.errors?.[0]?.extensions?.problem,
      message: reply.body.errors?.[0]?.message,
    });
    const milestone = (extra: Record<string, unknown>) => ({
      textDe: 'Ein Beschluss.',
      milestone: { projectId: project.id, title: 'Neu', dueOn: dayFromNow(30), ...extra },
    });

    expect(failure(await attempt(milestone({ projectId: '00000000-0000-4000-8000-000000000000' })))).toMatchObject({ code: 'PROJECT_NOT_FOUND' });
    expect(failure(await attempt(milestone({ milestoneId: '00000000-0000-4000-8000-000000000000' })))).toMatchObject({ code: 'MILESTONE_NOT_FOUND' });
    expect(failure(await attempt(milestone({ dueOn: dayFromNow(-2) })))).toEqual({
      code: 'MEETING_DECISION_INVALID',
      problem: 'DUE_IN_PAST',
      message: 'Das Fälligkeitsdatum liegt in der Vergangenheit.',
    });
    expect(failure(await attempt(milestone({ dueOn: dayFromNow(-2) }), organiser.cookie, 'en')).message).toBe('The due date lies in the past.');
    expect(failure(await attempt(milestone({ projectId: other.id })))).toMatchObject({ problem: 'PROJECT_NOT_IN_TOPIC_FIELDS' });
    expect(failure(await attempt(milestone({ milestoneId: other.milestoneId })))).toMatchObject({ problem: 'MILESTONE_OF_OTHER_PROJECT' });
    expect(failure(await attempt(milestone({ title: null })))).toMatchObject({ problem: 'MILESTONE_TITLE_MISSING' });
    expect(failure(await attempt(milestone({ responsibleOrganisationId: '00000000-0000-4000-8000-000000000000' })))).toMatchObject({
      problem: 'UNKNOWN_ORGANISATION',
    });
    expect(failure(await attempt({ id: '00000000-0000-4000-8000-000000000000', textDe: 'Berichtigt.' }))).toMatchObject({
      problem: 'UNKNOWN_DECISION',
    });
    expect(failure(await attempt(milestone({}), outsider.cookie))).toEqual({
      code: 'MEETING_NOT_ORGANISER',
      problem: undefined,
      message: 'Das Protokoll veröffentlichen nur die Mitglieder der ausrichtenden Organisation und die Geschäftsstelle.',
    });
    expect(codeOf(await publish(organiser.cookie, { meetingId, items: [{ agendaItemId: '00000000-0000-4000-8000-000000000000' }] }))).toBe(
      'MEETING_DECISION_INVALID',
    );

    // One transaction: decision 1 would add a milestone, decision 2's milestone does not exist — nothing stays.
    const reply = await publish(organiser.cookie, {
      meetingId,
      items: [
        { agendaItemId: agenda[0], text: 'Begrüßung' },
        {
          agendaItemId: agenda[1],
          text: 'Protokoll',
          decisions: [milestone({ title: 'Darf nicht bleiben' }), milestone({ milestoneId: '00000000-0000-4000-8000-000000000000' })],
        },
      ],
    });
    expect(codeOf(reply)).toBe('MILESTONE_NOT_FOUND');
    const page = ok<MinutesView>(await call(MEETING_MINUTES, { id: meetingId }, organiser.cookie), 'meeting');
    expect(page).toMatchObject({ minutes: null, decisions: [], agenda: [{ minutes: null }, { minutes: null }] });
    expect(await app().db.database.prisma.milestone.count({ where: { projectId: project.id } })).toBe(1);

    // Before the meeting has started: no minutes yet.
    const upcoming = ok<{ id: string; agenda: [] }>(
      await call(
        CREATE_MEETING,
        { input: meetingInput(organiser.organisationId, { agenda: [{ title: 'Punkt', durationMinutes: 30 }] }) },
        organiser.cookie,
      ),
      'createMeeting',
    );
    const early = await publish(organiser.cookie, { meetingId: upcoming.id, items: [] }, 'en');
    expect(failure(early)).toMatchObject({
      code: 'MEETING_MINUTES_TOO_EARLY',
      message: 'Minutes and decisions can only be published once the meeting has started.',
    });
  });

  it('shows minutes and decisions of a partnership meeting to the partnership only, on every query path', async () => {
    const { organiser, outsider, meetingId, agenda, project } = await heldMeeting({ visibility: 'PARTNERSHIP' });
    ok(
      await publish(organiser.cookie, {
        meetingId,
        items: [
          {
            agendaItemId: agenda[1],
            text: 'Vertraulich besprochen.',
            decisions: [
              { textDe: 'Intern beschlossen.', milestone: { projectId: project.id, title: 'Interner Meilenstein', dueOn: dayFromNow(20) } },
            ],
          },
        ],
      }),
      'publishMeetingMinutes',
    );
    const member = (await participants(app(), 1)).people[0]!;
    await joinOrganisation(app(), member.id, 'ihk-siegen');
    const from = new Date(Date.now() - 24 * 3_600_000).toISOString();

    const seen = async (cookie?: string) => {
      const single = (await call(MEETING_MINUTES, { id: meetingId }, cookie)).body.data?.meeting as MinutesView | undefined;
      const listed = ok<{ edges: Array<{ node: MinutesView }> }>(await call(LISTED_MINUTES, { filter: { from } }, cookie), 'meetings').edges.find(
        (edge) => edge.node.id === meetingId,
      )?.node;
      const onField = await fieldMilestone(project.id, 'Interner Meilenstein', cookie);
      return [single?.agenda[1]?.minutes ?? null, listed?.decisions[0]?.text ?? null, onField?.decision?.meeting.id ?? null];
    };
    expect(await seen()).toEqual([null, null, null]);
    expect(await seen(outsider.cookie)).toEqual([null, null, null]);
    expect(await seen(member.cookie)).toEqual(['Vertraulich besprochen.', 'Intern beschlossen.', meetingId]);
    expect(await seen(organiser.cookie)).toEqual(['Vertraulich besprochen.', 'Intern beschlossen.', meetingId]);
    // The milestone itself belongs to a public project: everybody sees it, not where it was decided.
    expect(await fieldMilestone(project.id, 'Interner Meilenstein')).toMatchObject({ decision: null });
    const raw = JSON.stringify((await call(MEETING_MINUTES, { id: meetingId }, outsider.cookie)).body);
    expect(raw).not.toContain('Vertraulich');
    expect(codeOf(await publish(outsider.cookie, { meetingId, items: [] }))).toBe('MEETING_NOT_FOUND');
  });
});

async function decisionIds(meetingId: string): Promise<string[]> {
  const rows = await app().db.database.prisma.meetingDecision.findMany({ where: { meetingId }, orderBy: { number: 'asc' } });
  return rows.map((row) => row.id);
}
