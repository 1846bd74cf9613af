import { accountsClient } from './support/accounts';
import { refreshDashboard } from './support/dashboard';
import { useDemoApp } from './support/demo-app';
import { PUBLISH_MINUTES, dayFromNow, pastMeetingInput, projectIn } from './support/meeting-minutes';
import { ok } from './support/meeting-people';
import { CREATE_MEETING, meetingInput, participants, REGISTER } from './support/meetings';
import { codeOf } from './support/workbench';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

const DAY = 24 * 3_600_000;
const COUNT = 'value suppressed protection';
const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) { meetings {
  held { ${COUNT} } participants { ${COUNT} } byRegion { region participants { ${COUNT} } } bySide { side participants { ${COUNT} } } } } }`;
type Count = { value: number | null; suppressed: boolean; protection: string | null };
type Panel = {
  held: Count;
  participants: Count;
  byRegion: Array<{ region: string; participants: Count }>;
  bySide: Array<{ side: string; participants: Count }>;
};
const shown = (value: number): Count => ({ value, suppressed: false, protection: null });

describe('the dashboard’s meetings panel', () => {
  it('counts meetings held and their participants by region and side, through the disclosure control', async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const organiser = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } })).id;
    // A whole month three months back (Berlin), so no other meeting of the demo falls into it.
    const back = new Date(Date.now() - 90 * DAY);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(back);
    const from = `${month}-01`;
    const to = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const people = [
      ...(await participants(app(), 4, 2, 'Dortmund')).people,
      ...(await participants(app(), 3, 1, 'Soest')).people,
      ...(await participants(app(), 3, 1, 'Olpe')).people,
    ];
    const meetings: string[] = [];
    for (const title of ['Gehalten A', 'Gehalten B', 'Gehalten C', 'Abgesagt', 'Noch nicht vorbei']) {
      meetings.push(ok<{ id: string }>(await call(CREATE_MEETING, { input: meetingInput(organiser, { title }) }, office), 'createMeeting').id);
    }
    // Everyone registers for the first meeting (seats), two for the cancelled one.
    for (const person of people) {
      ok(await call(REGISTER, { input: { meetingId: meetings[0], organisationId: person.organisationId } }, person.cookie), 'registerForMeeting');
    }
    for (const person of people.slice(0, 2)) {
      ok(await call(REGISTER, { input: { meetingId: meetings[3], organisationId: person.organisationId } }, person.cookie), 'registerForMeeting');
    }
    // Time passes: the first four took place on the 10th of that month (one was cancelled); the last one is on now.
    const tenth = new Date(`${month}-10T16:00:00Z`);
    await prisma.meeting.updateMany({
      where: { id: { in: meetings.slice(0, 4) } },
      data: { startsAt: tenth, endsAt: new Date(tenth.getTime() + 7_200_000) },
    });
    await prisma.meeting.update({ where: { id: meetings[3] }, data: { status: 'CANCELLED' } });
    const nowish = new Date(Date.now() - 3_600_000);
    await prisma.meeting.update({ where: { id: meetings[4] }, data: { startsAt: nowish, endsAt: new Date(Date.now() + 3_600_000) } });

    // The dashboard shows what its last refresh stored: refreshed before each question.
    const ask = async (cookie: string, region?: string) => {
      await refreshDashboard(app());
      return ok<{ meetings: Panel }>(
        await call(DASHBOARD, { filter: { period: 'CUSTOM', from, to, ...(region ? { region } : {}) } }, cookie),
        'dashboard',
      ).meetings;
    };
    const whole = await ask(office);
    expect(whole.held).toEqual(shown(3));
    expect(whole.participants).toEqual(shown(10));
    const region = (panel: Panel, key: string) => panel.byRegion.find((row) => row.region === key)!.participants;
    expect(region(whole, 'DORTMUND')).toEqual(shown(4));
    expect(region(whole, 'SOEST')).toEqual(shown(3));
    expect(region(whole, 'OLPE')).toEqual(shown(3));
    expect(region(whole, 'MAERKISCHER_KREIS')).toEqual(shown(0));
    expect(whole.bySide).toEqual([
      { side: 'DORTMUND', participants: shown(4) },
      { side: 'SUEDWESTFALEN', participants: shown(6) },
    ]);
    expect((await ask(office, 'SOEST')).participants).toEqual(shown(3));

    // One more participant from Olpe, one from Siegen: Siegen's 1 is hidden (SMALL), and so is one other of its side.
    const late = [...(await participants(app(), 1, 1, 'Olpe')).people, ...(await participants(app(), 1, 1, 'Siegen')).people];
    for (const person of late)
      await prisma.meetingRegistration.create({
        data: {
          meetingId: meetings[0]!,
          userId: person.id,
          organisationId: person.organisationId,
          status: 'REGISTERED',
          arrivalNumber: 100 + late.indexOf(person),
          code: `LATE000${late.indexOf(person)}`,
        },
      });
    const after = await ask(office);
    expect(region(after, 'SIEGEN_WITTGENSTEIN')).toEqual({ value: null, suppressed: true, protection: 'SMALL' });
    expect(after.byRegion.filter((row) => row.participants.protection === 'PROTECTED')).toHaveLength(1);
    expect(after.participants).toEqual(shown(12));
    expect((await ask(office, 'SIEGEN_WITTGENSTEIN')).participants).toEqual(region(after, 'SIEGEN_WITTGENSTEIN'));

    const [company] = (await participants(app(), 1, 1)).people;
    expect(codeOf(await call(DASHBOARD, { filter: { period: 'CUSTOM', from, to } }, company!.cookie))).toBe('FORBIDDEN');
  });

  it('counts the decisions taken in the period by where they led (no milestone, done, open, overdue), through the disclosure control', async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const organiser = (await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } })).id;
    const meeting = ok<{ id: string }>(await call(CREATE_MEETING, { input: pastMeetingInput(organiser) }, office), 'createMeeting');
    const agenda = await prisma.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' } });
    const project = await projectIn(app(), 'IT_COMPETENCE', organiser);
    const plain = [1, 2, 3].map((n) => ({ textDe: `Beschluss ohne Meilenstein ${n}` }));
    const withMilestone = Array.from({ length: 9 }, (_, n) => ({
      textDe: `Beschluss mit Meilenstein ${n + 1}`,
      milestone: { projectId: project.id, title: `Meilenstein ${n + 1}`, dueOn: dayFromNow(60) },
    }));
    ok(
      await call(
        PUBLISH_MINUTES,
        {
          input: {
            meetingId: meeting.id,
            items: [{ agendaItemId: agenda[1]!.id, text: 'Zwölf Beschlüsse.', decisions: [...plain, ...withMilestone] }],
          },
        },
        office,
      ),
      'publishMeetingMinutes',
    );
    // Three milestones are done, three are overdue (their due day moved into the past), three open.
    const milestones = await prisma.milestone.findMany({
      where: { projectId: project.id, titleDe: { startsWith: 'Meilenstein ' } },
      orderBy: { titleDe: 'asc' },
    });
    expect(milestones).toHaveLength(9);
    await prisma.milestone.updateMany({ where: { id: { in: milestones.slice(0, 3).map((m) => m.id) } }, data: { doneAt: new Date() } });
    await prisma.milestone.updateMany({ where: { id: { in: milestones.slice(3, 6).map((m) => m.id) } }, data: { dueOn: new Date('2026-01-15') } });

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const filter = { period: 'CUSTOM', from: `${today.slice(0, 7)}-01`, to: today };
    const DECISIONS = `query($filter: DashboardFilter) { dashboard(filter: $filter) { meetings { decisions { ${COUNT} } decisionsByMilestone { status decisions { ${COUNT} } } } } }`;
    type Decisions = { decisions: Count; decisionsByMilestone: Array<{ status: string; decisions: Count }> };
    const ask = async () => {
      await refreshDashboard(app());
      return ok<{ meetings: Decisions }>(await call(DECISIONS, { filter }, office), 'dashboard').meetings;
    };
    const first = await ask();
    expect(first.decisions).toEqual(shown(12));
    expect(first.decisionsByMilestone).toEqual(['NONE', 'DONE', 'OPEN', 'OVERDUE'].map((status) => ({ status, decisions: shown(3) })));

    // One overdue milestone is done after all: 2 overdue are hidden, and one other status with them.
    await prisma.milestone.update({ where: { id: milestones[3]!.id }, data: { doneAt: new Date() } });
    const after = await ask();
    expect(after.decisions).toEqual(shown(12));
    const status = (key: string) => after.decisionsByMilestone.find((row) => row.status === key)!.decisions;
    expect(status('OVERDUE')).toEqual({ value: null, suppressed: true, protection: 'SMALL' });
    expect(after.decisionsByMilestone.filter((row) => row.decisions.protection === 'PROTECTED')).toHaveLength(1);
  });
});
