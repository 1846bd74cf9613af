import { createDatabase } from '@wiw/db';
import { testDatabaseKind } from '@wiw/db/testing';
import { MeetingReminderService } from '../src/meetings/meeting-reminders';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { ANSWER, cityWithOffice, INVITE, meetingMails, ok } from './support/meeting-people';
import { CREATE_MEETING, meetingInput, participants, REGISTER, UPDATE_MEETING } from './support/meetings';
import { startTestApp, type TestApp } from './support/test-app';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

const HOUR = 3_600_000;
const SEATS = 12;

/** A second replica on its own connections (PostgreSQL), or the same app on the one PGlite connection. */
async function replica(): Promise<{ app: TestApp; close: () => Promise<void> }> {
  if (testDatabaseKind() !== 'postgres') return { app: app(), close: async () => undefined };
  const database = await createDatabase({ kind: 'postgres', url: app().db.url! });
  const second = await startTestApp({ database });
  return {
    app: second,
    close: async () => {
      await second.close();
      await database.close();
    },
  };
}

describe('meeting reminders a day ahead', () => {
  it('go once to every seat and accepted invitee, even from two replicas at once, and again after a move', async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const organiser = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } });
    const input = meetingInput(organiser.id, { capacity: SEATS });
    const meeting = ok<{ id: string }>(await call(CREATE_MEETING, { input }, office), 'createMeeting');
    const group = await participants(app(), SEATS + 1, 3);
    // One after the other, so that the last one is the one waitlisted.
    for (const person of group.people) {
      ok(await call(REGISTER, { input: { meetingId: meeting.id, organisationId: person.organisationId } }, person.cookie), 'registerForMeeting');
    }
    const waiting = group.people[SEATS]!;
    // An accepted office, and a seated participant whose organisation also said yes (one reminder for them).
    const city = await cityWithOffice(app(), call, office, 1, 'en');
    const seatedInvitee = group.people[0]!;
    const invitations = ok<Array<{ id: string; officeTitle: string | null }>>(
      await call(INVITE, { input: { meetingId: meeting.id, officeIds: [city.officeId], organisationIds: [seatedInvitee.organisationId] } }, office),
      'inviteToMeeting',
    );
    for (const [invitation, cookie] of [
      [invitations[0]!, city.holder.cookie],
      [invitations[1]!, seatedInvitee.cookie],
    ] as const) {
      ok(await call(ANSWER, { input: { invitationId: invitation.id, answer: 'YES' } }, cookie), 'answerMeetingInvitation');
    }
    const everyone = [...group.people.map((p) => p.email), city.holder.email];
    const reminders = () => meetingMails(app(), everyone, 'meeting-reminder');
    const startsAt = Date.parse(input.startsAt);

    await app()
      .app.get(MeetingReminderService)
      .run(new Date(startsAt - 30 * HOUR));
    expect(await reminders()).toEqual([]);

    const other = await replica();
    try {
      const dayBefore = new Date(startsAt - 23 * HOUR);
      const runs = await Promise.all([app(), other.app].map((a) => a.app.get(MeetingReminderService).run(dayBefore)));
      expect(runs.reduce((sum, run) => sum + run.registrations, 0)).toBe(SEATS);
      expect(runs.reduce((sum, run) => sum + run.invitations, 0)).toBe(2);
    } finally {
      await other.close();
    }
    const sent = await reminders();
    const expected = [...group.people.slice(0, SEATS).map((p) => p.email), city.holder.email].sort();
    expect(sent.map((m) => m.recipient).sort()).toEqual(expected);
    expect(sent.map((m) => m.recipient)).not.toContain(waiting.email);
    expect(sent.find((m) => m.recipient === city.holder.email)).toMatchObject({ locale: 'en', payload: { title: input.title } });
    expect(sent[0]!.file.content).toContain('https://meet.example.org/denkraum');

    await app()
      .app.get(MeetingReminderService)
      .run(new Date(startsAt - 22 * HOUR));
    expect(await reminders()).toHaveLength(SEATS + 1);

    // Moved by two days: reminded again before the new time, not before the old one.
    const { organiserId: _organiser, ...edit } = input;
    const later = (iso: string) => new Date(Date.parse(iso) + 48 * HOUR).toISOString();
    ok(
      await call(UPDATE_MEETING, { id: meeting.id, input: { ...edit, startsAt: later(edit.startsAt), endsAt: later(edit.endsAt) } }, office),
      'updateMeeting',
    );
    await app()
      .app.get(MeetingReminderService)
      .run(new Date(startsAt - 21 * HOUR));
    expect(await reminders()).toHaveLength(SEATS + 1);
    await app()
      .app.get(MeetingReminderService)
      .run(new Date(startsAt + 48 * HOUR - 23 * HOUR));
    expect(await reminders()).toHaveLength(2 * (SEATS + 1));
  });

  it('skip cancelled meetings', async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const organiser = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } });
    const input = meetingInput(organiser.id);
    const meeting = ok<{ id: string }>(await call(CREATE_MEETING, { input }, office), 'createMeeting');
    const { people } = await participants(app(), 1, 1);
    ok(
      await call(REGISTER, { input: { meetingId: meeting.id, organisationId: people[0]!.organisationId } }, people[0]!.cookie),
      'registerForMeeting',
    );
    await prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } });
    await app()
      .app.get(MeetingReminderService)
      .run(new Date(Date.parse(input.startsAt) - 23 * HOUR));
    expect(await meetingMails(app(), [people[0]!.email], 'meeting-reminder')).toEqual([]);
  });
});
