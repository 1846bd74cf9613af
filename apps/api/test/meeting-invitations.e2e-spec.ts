import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { CREATE_MEETING, MEETING, meetingInput, newSession, participants } from './support/meetings';
import { codeOf } from './support/workbench';

const { app, municipality } = useDemoApp();
const { call, coordinator } = accountsClient(app, municipality);

const INVITATION_FIELDS = `id answer officeTitle answeredByName deputyName organisation { id } meeting { id title onlineLink }`;
const INVITE = `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { ${INVITATION_FIELDS} } }`;
const ANSWER = `mutation($input: AnswerMeetingInvitationInput!) { answerMeetingInvitation(input: $input) { ${INVITATION_FIELDS} } }`;
const MINE = `{ myMeetingInvitations { ${INVITATION_FIELDS} } }`;
const CREATE_OFFICE = `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`;
const HAND_OVER = `mutation($officeId: ID!, $successorUserId: ID!) { handOverOffice(officeId: $officeId, successorUserId: $successorUserId) { id } }`;
const LINK = 'https://meet.example.org/buergermeister';

interface Invitation {
  id: string;
  answer: string;
  officeTitle: string | null;
  answeredByName: string | null;
  deputyName: string | null;
  organisation: { id: string };
  meeting: { id: string; title: string; onlineLink: string | null };
}
const ok = <T>(reply: { body: { data?: Record<string, unknown> | null; errors?: unknown } }, field: string): T => {
  if (!reply.body.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data[field] as T;
};
const linkOf = async (id: string, cookie: string) =>
  ((await call(MEETING, { id }, cookie)).body.data?.meeting as { onlineLink: string | null } | undefined)?.onlineLink;

describe('invitations to offices and organisations', () => {
  it('let whoever holds the office answer, pass open invitations on at a handover, and show the link to those who accepted', async () => {
    const office = await coordinator();
    const prisma = app().db.database.prisma;
    const city = await participants(app(), 2, 1);
    const [first, second] = city.people as [(typeof city.people)[number], (typeof city.people)[number]];
    const company = await participants(app(), 3, 1);
    const [answerer, deputy, other] = company.people as [
      (typeof company.people)[number],
      (typeof company.people)[number],
      (typeof company.people)[number],
    ];
    const mayorOffice = ok<{ id: string }>(
      await call(
        CREATE_OFFICE,
        { input: { organisationId: city.organisationIds[0], titleDe: 'Bürgermeisterin Teststadt', titleEn: 'Mayor of Teststadt' } },
        office,
      ),
      'createOffice',
    );
    ok(await call(HAND_OVER, { officeId: mayorOffice.id, successorUserId: first.id }, office), 'handOverOffice');

    const organiser = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'wirtschaftsfoerderung-dortmund' } });
    const meeting = ok<{ id: string }>(
      await call(
        CREATE_MEETING,
        {
          input: meetingInput(organiser.id, {
            title: 'Bürgermeistertreffen',
            kind: 'MAYORS_MEETING',
            visibility: 'INVITED',
            registrationOpen: false,
            format: 'HYBRID',
            place: 'Rathaus Dortmund',
            onlineLink: LINK,
          }),
        },
        office,
      ),
      'createMeeting',
    );
    const invited = ok<Invitation[]>(
      await call(INVITE, { input: { meetingId: meeting.id, officeIds: [mayorOffice.id], organisationIds: [company.organisationIds[0]] } }, office),
      'inviteToMeeting',
    );
    expect(invited.map((i) => [i.officeTitle, i.answer])).toEqual([
      ['Bürgermeisterin Teststadt', 'OPEN'],
      [null, 'OPEN'],
    ]);
    // Inviting again changes nothing; nobody else may invite.
    expect(
      ok<Invitation[]>(await call(INVITE, { input: { meetingId: meeting.id, officeIds: [mayorOffice.id] } }, office), 'inviteToMeeting'),
    ).toHaveLength(2);
    expect(codeOf(await call(INVITE, { input: { meetingId: meeting.id, officeIds: [mayorOffice.id] } }, first.cookie))).toBe('MEETING_NOT_FOUND');

    // The first holder sees the invitation and the meeting.
    const firstMine = ok<Invitation[]>(await call(MINE, {}, first.cookie), 'myMeetingInvitations');
    expect(firstMine.map((i) => i.meeting.id)).toEqual([meeting.id]);
    expect(await linkOf(meeting.id, first.cookie)).toBeNull();

    // Handover: the open invitation goes with the office.
    ok(await call(HAND_OVER, { officeId: mayorOffice.id, successorUserId: second.id }, office), 'handOverOffice');
    const secondMine = ok<Invitation[]>(await call(MINE, {}, second.cookie), 'myMeetingInvitations');
    expect(secondMine).toMatchObject([{ id: firstMine[0]!.id, answer: 'OPEN', officeTitle: 'Bürgermeisterin Teststadt' }]);
    const firstAgain = await newSession(app(), first.id);
    const refused = await call(ANSWER, { input: { invitationId: firstMine[0]!.id, answer: 'YES' } }, firstAgain, 'en');
    expect(codeOf(refused)).toBe('MEETING_INVITATION_NOT_FOUND');
    expect(refused.body.errors![0]!.message).toContain('only whoever holds the invited office');
    expect(ok<Invitation[]>(await call(MINE, {}, firstAgain), 'myMeetingInvitations')).toEqual([]);
    expect(codeOf(await call(MEETING, { id: meeting.id }, firstAgain))).toBe('MEETING_NOT_FOUND');

    const yes = ok<Invitation>(
      await call(ANSWER, { input: { invitationId: firstMine[0]!.id, answer: 'YES' } }, second.cookie),
      'answerMeetingInvitation',
    );
    expect(yes).toMatchObject({ answer: 'YES', answeredByName: 'Teilnehmerin 1', meeting: { onlineLink: LINK } });
    expect(await linkOf(meeting.id, second.cookie)).toBe(LINK);

    // The organisation: any member answers; a deputy must be another member.
    const companyInvitation = invited.find((i) => i.officeTitle === null)!;
    expect(await linkOf(meeting.id, answerer.cookie)).toBeNull();
    const answer = (deputyUserId: string | null) =>
      call(ANSWER, { input: { invitationId: companyInvitation.id, answer: 'DEPUTY', deputyUserId } }, answerer.cookie);
    expect(codeOf(await answer(answerer.id))).toBe('MEETING_DEPUTY_INVALID');
    expect(codeOf(await answer(first.id))).toBe('MEETING_DEPUTY_INVALID');
    expect(codeOf(await answer(null))).toBe('MEETING_DEPUTY_INVALID');
    expect(ok<Invitation>(await answer(deputy.id), 'answerMeetingInvitation')).toMatchObject({ answer: 'DEPUTY', deputyName: 'Teilnehmerin 1' });
    expect(await linkOf(meeting.id, deputy.cookie)).toBe(LINK);
    expect(await linkOf(meeting.id, answerer.cookie)).toBeNull();
    expect(await linkOf(meeting.id, other.cookie)).toBeNull();

    // The organisers see the answers; invitees do not.
    const INVITATIONS = `query($id: ID!) { meeting(id: $id) { invitations { answer officeTitle } } }`;
    const seen = async (cookie: string) =>
      ((await call(INVITATIONS, { id: meeting.id }, cookie)).body.data!.meeting as { invitations: unknown[] }).invitations;
    expect(await seen(office)).toEqual([
      { answer: 'YES', officeTitle: 'Bürgermeisterin Teststadt' },
      { answer: 'DEPUTY', officeTitle: null },
    ]);
    expect(await seen(second.cookie)).toEqual([]);
  });
});
