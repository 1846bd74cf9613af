import { MeetingMails } from '../src/meetings';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { ANSWER, cityWithOffice, INVITE, makeOwner, meetingMails, ok } from './support/meeting-people';
import { CANCEL_REGISTRATION, CREATE_MEETING, meetingInput, participants, REGISTER, UPDATE_MEETING } from './support/meetings';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

const LINK = 'https://meet.example.org/runde';
const HOUR = 3_600_000;

async function organiserId(): Promise<string> {
  return (await app().db.database.prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } })).id;
}

async function createMeeting(office: string, overrides: Record<string, unknown> = {}) {
  const input = meetingInput(await organiserId(), { format: 'HYBRID', place: 'Rathaus Dortmund', onlineLink: LINK, ...overrides });
  const meeting = ok<{ id: string }>(await call(CREATE_MEETING, { input }, office), 'createMeeting');
  return { id: meeting.id, input };
}

const register = (meetingId: string, person: { cookie: string; organisationId: string }) =>
  call(REGISTER, { input: { meetingId, organisationId: person.organisationId } }, person.cookie).then((reply) =>
    ok<{ id: string; status: string; code: string }>(reply, 'registerForMeeting'),
  );

describe('meeting mails through the outbox', () => {
  it('invite the holder of an office in their language and the owners of an organisation, once per invitation', async () => {
    const office = await coordinator();
    const city = await cityWithOffice(app(), call, office, 2, 'en');
    const company = await participants(app(), 2, 1);
    const [owner, member] = company.people as [(typeof company.people)[number], (typeof company.people)[number]];
    await makeOwner(app(), owner);
    const meeting = await createMeeting(office, { visibility: 'INVITED', registrationOpen: false, title: 'Bürgermeistertreffen' });
    const input = { meetingId: meeting.id, officeIds: [city.officeId], organisationIds: company.organisationIds };
    ok(await call(INVITE, { input }, office), 'inviteToMeeting');
    ok(await call(INVITE, { input }, office), 'inviteToMeeting');

    const everyone = [city.holder.email, city.people[1]!.email, owner.email, member.email];
    const mails = await meetingMails(app(), everyone);
    expect(mails.map((m) => [m.template, m.recipient, m.locale])).toEqual([
      ['meeting-invitation', city.holder.email, 'en'],
      ['meeting-invitation', owner.email, 'de'],
    ]);
    expect(mails[0]!.payload).toMatchObject({ invitee: `Mayor ${city.holder.id.slice(0, 6)}`, title: 'Bürgermeistertreffen' });
    expect(mails[0]!.payload.place).toBe('Rathaus Dortmund and online');
    const company0 = await app().db.database.prisma.organisation.findUniqueOrThrow({ where: { id: company.organisationIds[0]! } });
    expect(mails[1]!.payload.invitee).toBe(company0.name);
    for (const mail of mails) {
      expect(mail.file.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
      expect(mail.file.content).toContain('METHOD:PUBLISH');
      expect(mail.file.content).toContain(`UID:meeting-${meeting.id}@`);
      expect(mail.file.content).toContain('SEQUENCE:0');
      // Not accepted yet: the link stays out of mail and calendar entry.
      expect(JSON.stringify(mail)).not.toContain(LINK);
    }
  });

  it('tell the participant moved up from the waitlist, with their code, when a seat is freed', async () => {
    const office = await coordinator();
    const meeting = await createMeeting(office, { capacity: 1 });
    const group = await participants(app(), 3, 1);
    const [first, second, third] = group.people as [(typeof group.people)[number], (typeof group.people)[number], (typeof group.people)[number]];
    const seat = await register(meeting.id, first);
    const waiting = await register(meeting.id, second);
    await register(meeting.id, third);
    expect(waiting.status).toBe('WAITLISTED');
    expect(await meetingMails(app(), [first.email, second.email, third.email])).toEqual([]);

    ok(await call(CANCEL_REGISTRATION, { id: seat.id }, first.cookie), 'cancelMeetingRegistration');
    const mails = await meetingMails(app(), [first.email, second.email, third.email]);
    expect(mails.map((m) => [m.template, m.recipient])).toEqual([['meeting-promoted', second.email]]);
    expect(mails[0]!.payload.code).toBe(waiting.code);
    expect(mails[0]!.payload.place).toBe('Rathaus Dortmund und online (Link im Kalendereintrag)');
    expect(mails[0]!.file.content).toContain(LINK);

    // More seats by an edit: the next one moves up and hears of it too.
    ok(await call(UPDATE_MEETING, { id: meeting.id, input: { ...meeting.input, capacity: 2, organiserId: undefined } }, office), 'updateMeeting');
    expect((await meetingMails(app(), [third.email])).map((m) => m.template)).toEqual(['meeting-promoted']);
  });

  it('tell registered participants and accepted invitees of a new time or place, with a higher SEQUENCE, and nobody of other edits', async () => {
    const office = await coordinator();
    const meeting = await createMeeting(office, { capacity: 1 });
    const group = await participants(app(), 2, 1);
    const [seated, waiting] = group.people as [(typeof group.people)[number], (typeof group.people)[number]];
    await register(meeting.id, seated);
    await register(meeting.id, waiting);
    const yes = await cityWithOffice(app(), call, office, 1, 'en');
    const no = await cityWithOffice(app(), call, office, 1);
    const invitations = ok<Array<{ id: string }>>(
      await call(INVITE, { input: { meetingId: meeting.id, officeIds: [yes.officeId, no.officeId] } }, office),
      'inviteToMeeting',
    );
    ok(await call(ANSWER, { input: { invitationId: invitations[0]!.id, answer: 'YES' } }, yes.holder.cookie), 'answerMeetingInvitation');
    ok(await call(ANSWER, { input: { invitationId: invitations[1]!.id, answer: 'NO' } }, no.holder.cookie), 'answerMeetingInvitation');
    const everyone = [seated.email, waiting.email, yes.holder.email, no.holder.email];
    const { organiserId: _organiser, ...edit } = meeting.input;

    ok(await call(UPDATE_MEETING, { id: meeting.id, input: { ...edit, description: 'Neue Beschreibung.' } }, office), 'updateMeeting');
    expect(await meetingMails(app(), everyone, 'meeting-changed')).toEqual([]);

    const later = {
      startsAt: new Date(Date.parse(edit.startsAt) + HOUR).toISOString(),
      endsAt: new Date(Date.parse(edit.endsAt) + HOUR).toISOString(),
    };
    ok(await call(UPDATE_MEETING, { id: meeting.id, input: { ...edit, ...later, place: 'Dortmunder U' } }, office), 'updateMeeting');
    const mails = await meetingMails(app(), everyone, 'meeting-changed');
    expect(mails.map((m) => [m.recipient, m.locale])).toEqual([
      [seated.email, 'de'],
      [yes.holder.email, 'en'],
    ]);
    expect(mails[0]!.payload.previousPlace).toBe('Rathaus Dortmund und online');
    expect(mails[0]!.payload.place).toBe('Dortmunder U und online (Link im Kalendereintrag)');
    expect(mails[1]!.payload.when).toContain('(Berlin time)');
    for (const mail of mails) {
      expect(mail.file.content).toContain('SEQUENCE:2');
      expect(mail.file.content).toContain('METHOD:PUBLISH');
      expect(mail.file.content).toContain('LOCATION:Dortmunder U · https://meet.example.org/runde');
    }
  });

  it('offer a cancellation hook: METHOD:CANCEL, STATUS:CANCELLED, to seats, waitlist and accepted invitees', async () => {
    const office = await coordinator();
    const meeting = await createMeeting(office, { capacity: 1 });
    const group = await participants(app(), 3, 1);
    const [seated, waiting, gone] = group.people as [(typeof group.people)[number], (typeof group.people)[number], (typeof group.people)[number]];
    await register(meeting.id, seated);
    await register(meeting.id, waiting);
    const left = await register(meeting.id, gone);
    ok(await call(CANCEL_REGISTRATION, { id: left.id }, gone.cookie), 'cancelMeetingRegistration');
    const deputyCompany = await participants(app(), 2, 1);
    const [answerer, deputy] = deputyCompany.people as [(typeof deputyCompany.people)[number], (typeof deputyCompany.people)[number]];
    const [invitation] = ok<Array<{ id: string }>>(
      await call(INVITE, { input: { meetingId: meeting.id, organisationIds: deputyCompany.organisationIds } }, office),
      'inviteToMeeting',
    );
    ok(
      await call(ANSWER, { input: { invitationId: invitation!.id, answer: 'DEPUTY', deputyUserId: deputy.id } }, answerer.cookie),
      'answerMeetingInvitation',
    );

    const prisma = app().db.database.prisma;
    await prisma.$transaction(async (tx) => {
      await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED', sequence: { increment: 1 } } });
      await app().app.get(MeetingMails).cancelled(tx, meeting.id);
    });
    const mails = await meetingMails(app(), [seated.email, waiting.email, gone.email, answerer.email, deputy.email], 'meeting-cancelled');
    expect(mails.map((m) => m.recipient)).toEqual([seated.email, waiting.email, deputy.email]);
    for (const mail of mails) {
      expect(mail.file.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
      expect(mail.file.filename).toMatch(/^veranstaltung-\d{4}-\d{2}-\d{2}-abgesagt\.ics$/);
      expect(mail.file.content).toContain('METHOD:CANCEL');
      expect(mail.file.content).toContain('STATUS:CANCELLED');
      expect(mail.file.content).toContain('SEQUENCE:1');
      expect(mail.file.content).toMatch(/ORGANIZER;CN="?Wirtschaftsinitiative Westfalen"?:mailto:portal@localhost/);
    }
  });
});
