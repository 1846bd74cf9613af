import { accountsClient, PASSWORD, SIGN_IN, SIGN_UP } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { BOOK, CANCEL, berlinAt, workbenchScene } from './support/workbench';

/*
 * Every String and ID input is checked once, before anything runs (common/graphql/input-text.ts):
 * well-formed Unicode, no control characters except tab and line breaks in multi-line fields.
 * These are the inputs an independent test found answered with INTERNAL_SERVER_ERROR.
 */

const { app, municipality: dortmund } = useDemoApp({ demoAccounts: false });
const client = accountsClient(app, dortmund);
const { call } = client;
const prisma = () => app().db.database.prisma;

const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';

type Reply = Awaited<ReturnType<typeof call>>;

function expectRefused(reply: Reply, field: string, constraint: 'notWellFormed' | 'controlCharacters'): void {
  expect(reply.status).toBe(400);
  expect(reply.body.errors).toHaveLength(1);
  expect(reply.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field, constraints: [constraint] }] });
  expect(reply.body.errors![0]!.message).toBe(`Ungültige Eingabe in: ${field}.`);
}

describe('text the database or a validator cannot hold is refused up front', () => {
  it('a lone surrogate in the reason of cancelBooking (written to the audit log): BAD_USER_INPUT, the booking stays', async () => {
    const { formatId, c } = await workbenchScene(app, client).bookingScene();
    const booking = await call(
      BOOK,
      { input: { formatId, startsAt: berlinAt(6, '10:00'), organisationId: c.organisationIds[0], agenda: 'Zeile eins\n\tZeile zwei, eingerückt' } },
      c.cookie,
    );
    const id = (booking.body.data!.bookConsultation as { id: string }).id;

    expectRefused(await call(CANCEL, { input: { id, reason: `Grund ${LONE_HIGH}` } }, c.cookie), 'reason', 'notWellFormed');
    expectRefused(await call(CANCEL, { input: { id, reason: `Grund ${LONE_LOW}x` } }, c.cookie), 'reason', 'notWellFormed');
    expectRefused(await call(CANCEL, { input: { id, reason: 'Grund\u0000' } }, c.cookie), 'reason', 'controlCharacters');
    expect((await prisma().booking.findUniqueOrThrow({ where: { id } })).status).toBe('CONFIRMED');
    // Line breaks and tabs are fine where a field is multi-line (the agenda above, this reason).
    const cancelled = await call(CANCEL, { input: { id, reason: 'Leider krank.\r\n\tBis bald 👋' } }, c.cookie);
    expect(cancelled.body.errors).toBeUndefined();
    expect((await prisma().booking.findUniqueOrThrow({ where: { id } })).cancellationReason).toBe('Leider krank.\r\n\tBis bald 👋');
  });

  it('a lone surrogate in an e-mail address (signUp, inviteMember, requestPasswordReset): BAD_USER_INPUT naming the field', async () => {
    const email = `surrogate.${Date.now()}${LONE_HIGH}@example.org`;
    expectRefused(await call(SIGN_UP, { input: client.person({ email }) }), 'email', 'notWellFormed');
    expect(await prisma().user.count({ where: { email: { startsWith: 'surrogate.' } } })).toBe(0);

    const owner = await client.signedIn();
    const organisationId = (await prisma().membership.findFirstOrThrow({ where: { user: { email: owner.email } } })).organisationId;
    const invite = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`;
    expectRefused(
      await call(invite, { input: { organisationId, email: `kollegin${LONE_LOW}@example.org`, role: 'MEMBER', locale: 'de' } }, owner.cookie),
      'email',
      'notWellFormed',
    );

    const reset = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
    expectRefused(await call(reset, { input: { email: `${LONE_HIGH}@example.org` } }), 'email', 'notWellFormed');
  });

  it('NUL in the e-mail of signIn: BAD_USER_INPUT, and no attempt is recorded', async () => {
    const before = await prisma().signInAttempt.count();
    expectRefused(await call(SIGN_IN, { input: { email: 'admin\u0000@demo.example.org', password: PASSWORD } }), 'email', 'controlCharacters');
    // Written into the query instead of a variable: the same check.
    const literal = await call('mutation { signIn(input: { email: "admin\\u0000@demo.example.org", password: "x" }) { id } }');
    expectRefused(literal, 'email', 'controlCharacters');
    expect(await prisma().signInAttempt.count()).toBe(before);
  });

  it('names every field with a problem, in nested inputs, list items and arguments of nested fields, in English on request', async () => {
    const reply = await call(
      `query($s: String, $q: String) { ...Directory consultationFormats(first: 1, filter: { query: $q }) { totalCount } }
       fragment Directory on Query { organisations(first: 1, filter: { search: $s }) { totalCount } }`,
      { s: 'Olpe\tSiegen', q: `x${LONE_LOW}` },
      undefined,
      'en',
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'filter.search', constraints: ['controlCharacters'] },
        { field: 'filter.query', constraints: ['notWellFormed'] },
      ],
    });
    expect(reply.body.errors![0]!.message).toBe('Invalid input in: filter.search, filter.query.');

    const skills = await call(`query($ids: [ID!]) { needs(first: 1, filter: { skillIds: $ids }) { totalCount } }`, {
      ids: ['00000000-0000-4000-8000-000000000000', `a${LONE_HIGH}`],
    });
    expectRefused(skills, 'filter.skillIds.1', 'notWellFormed');
  });

  it('a tab in a one-line field is refused where a multi-line field of the same input takes it', async () => {
    const owner = await client.signedIn();
    const organisationId = (await prisma().membership.findFirstOrThrow({ where: { user: { email: owner.email } } })).organisationId;
    const create = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
    const skillId = (await prisma().skill.findFirstOrThrow()).id;
    const input = {
      organisationId,
      title: 'Elektriker\tgesucht',
      description: 'Wir suchen:\n\t- Elektriker',
      headcount: 1,
      kind: 'EMPLOYMENT',
      municipalityId: dortmund(),
      remoteMode: 'ONSITE',
      topicField: 'SKILLED_WORKERS',
      skills: [{ skillId, weight: 'REQUIRED', level: 'BASIC' }],
    };
    expectRefused(await call(create, { input }, owner.cookie), 'title', 'controlCharacters');
    const fixed = await call(create, { input: { ...input, title: 'Elektriker gesucht' } }, owner.cookie);
    expect(fixed.body.errors).toBeUndefined();
  });

  it('accepts surrogate pairs: emoji and rare CJK characters are well-formed text', async () => {
    const reply = await call(`query($s: String) { organisations(first: 1, filter: { search: $s }) { totalCount } }`, { s: '🏭 𠀀' });
    expect(reply.body.errors).toBeUndefined();
  });
});

describe('operation types the schema does not have', () => {
  it('a subscription: OPERATION_NOT_SUPPORTED with HTTP 400, in the caller’s language', async () => {
    const reply = await call('subscription { topicFields { key } }');
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'OPERATION_NOT_SUPPORTED', operation: 'subscription' });
    expect(reply.body.errors![0]!.message).toBe('Operationen vom Typ „subscription“ werden nicht unterstützt.');
    const english = await call('subscription Watch { bookings }', {}, undefined, 'en');
    expect(english.body.errors![0]!.message).toBe('Operations of type "subscription" are not supported.');
  });
});
