import { RetentionService } from '../src/accounts/retention.service';
import { accountsClient, ME, PASSWORD, SIGN_IN } from './support/accounts';
import { useDemoApp } from './support/demo-app';

const { app, municipality } = useDemoApp({ municipality: 'Olpe', demoAccounts: false });

const { call, mailedToken, signedIn } = accountsClient(app, municipality);
const NEW_PASSWORD = 'Biggesee im Nebel 2027';
const REQUEST = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }`;

describe('forgotten password', () => {
  it('mails a single-use link; the new password works, the old one and every session end', async () => {
    const { email, cookie } = await signedIn();
    expect((await call(REQUEST, { email: email.toUpperCase() })).body.data).toEqual({ requestPasswordReset: true });
    const token = await mailedToken(email, 'reset-password');

    expect((await call(RESET, { token, password: NEW_PASSWORD })).body.data).toEqual({ resetPassword: true });
    expect((await call(ME, {}, cookie)).body.data).toEqual({ me: null });
    expect((await call(SIGN_IN, { input: { email, password: PASSWORD } })).body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await call(SIGN_IN, { input: { email, password: NEW_PASSWORD } })).body.data?.signIn).toMatchObject({ email });
    expect((await call(RESET, { token, password: 'Noch ein anderes Passwort 9' })).body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
  });

  it('answers an unknown address the same and sends nothing', async () => {
    const email = `niemand.${Date.now()}@example.org`;
    expect((await call(REQUEST, { email })).body).toEqual({ data: { requestPasswordReset: true } });
    expect(await app().db.database.prisma.outboxMessage.count({ where: { recipient: email } })).toBe(0);
  });

  it('sends at most three reset mails an hour to one person', async () => {
    const { email } = await signedIn();
    for (let i = 0; i < 5; i += 1) await call(REQUEST, { email });
    expect(await app().db.database.prisma.outboxMessage.count({ where: { recipient: email, template: 'reset-password' } })).toBe(3);
  });

  it('refuses a weak new password, an expired token and a verification token', async () => {
    const { email } = await signedIn();
    await call(REQUEST, { email });
    const token = await mailedToken(email, 'reset-password');
    const weak = await call(RESET, { token, password: 'passwort1234' });
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['COMMON'] });
    await app().db.database.prisma.emailToken.updateMany({
      where: { user: { email }, purpose: 'RESET_PASSWORD' },
      data: { expiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - 7200_000) },
    });
    expect((await call(RESET, { token, password: NEW_PASSWORD })).body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    const verification = await mailedToken(email, 'verify-email');
    expect((await call(RESET, { token: verification, password: NEW_PASSWORD })).body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
  });
});

describe('changing the password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    const { email, cookie } = await signedIn();
    const other = (await call(SIGN_IN, { input: { email, password: PASSWORD } })).cookies[0]!.split(';')[0]!;

    const wrong = await call(CHANGE, { current: 'nicht das Passwort 1', next: NEW_PASSWORD }, cookie, 'en');
    expect(wrong.body.errors?.[0]).toMatchObject({ message: 'The current password is wrong.', extensions: { code: 'WRONG_PASSWORD' } });

    expect((await call(CHANGE, { current: PASSWORD, next: NEW_PASSWORD }, cookie)).body.data).toEqual({ changePassword: 1 });
    expect((await call(ME, {}, cookie)).body.data?.me).toMatchObject({ email });
    expect((await call(ME, {}, other)).body.data).toEqual({ me: null });
    const user = await app().db.database.prisma.user.findUniqueOrThrow({ where: { email } });
    const event = await app().db.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'password.changed', entityId: user.id } });
    expect(event.changes).toEqual({ sessionsEnded: 1 });
  });

  it('is refused without a session', async () => {
    expect((await call(CHANGE, { current: PASSWORD, next: NEW_PASSWORD })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('profile', () => {
  it('changes name and language, records what changed, and refuses bad values', async () => {
    const { email, cookie } = await signedIn();
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name locale } }`;
    expect((await call(UPDATE, { input: { name: ' Jana Neumann ', locale: 'en' } }, cookie)).body.data).toEqual({
      updateMyProfile: { name: 'Jana Neumann', locale: 'en' },
    });
    const user = await app().db.database.prisma.user.findUniqueOrThrow({ where: { email } });
    const event = await app().db.database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'profile.updated', entityId: user.id } });
    expect(event.changes).toEqual({ name: { from: 'Jana Beispiel', to: 'Jana Neumann' }, locale: { from: 'de', to: 'en' } });
    expect((await call(UPDATE, { input: { name: '' } }, cookie)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(UPDATE, { input: { locale: 'fr' } }, cookie)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(UPDATE, { input: { name: 'X' } })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('retention of unconfirmed sign-ups', () => {
  it('deletes people who never confirmed within 30 days, with organisations only they registered', async () => {
    const prisma = app().db.database.prisma;
    const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
    const { person } = accountsClient(app, municipality);
    const old = person();
    const recent = person();
    await call(signUp, { input: old });
    await call(signUp, { input: recent });
    const confirmed = await signedIn();
    const oldEmail = old.email.trim().toLowerCase();
    const oldOrg = (await prisma.membership.findFirstOrThrow({ where: { user: { email: oldEmail } } })).organisationId;
    const longAgo = new Date(Date.now() - 31 * 24 * 3600_000);
    await prisma.user.updateMany({ where: { email: { in: [oldEmail, confirmed.email] } }, data: { createdAt: longAgo } });
    await prisma.user.updateMany({
      where: { email: recent.email.trim().toLowerCase() },
      data: { createdAt: new Date(Date.now() - 29 * 24 * 3600_000) },
    });

    const retention = app().app.get(RetentionService);
    expect(await retention.purgeUnverified()).toBe(1);
    expect(await prisma.user.count({ where: { email: oldEmail } })).toBe(0);
    expect(await prisma.organisation.count({ where: { id: oldOrg } })).toBe(0);
    expect(await prisma.user.count({ where: { email: { in: [recent.email.trim().toLowerCase(), confirmed.email] } } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: 'retention.unverified_sign_ups_deleted' } })).toBe(1);
    expect(await retention.purgeUnverified()).toBe(0);
  });
});

describe('my data (GDPR)', () => {
  it('exports everything stored about me as a JSON download, without secrets, and only with a session', async () => {
    const { email, cookie } = await signedIn();
    const anonymous = await fetch(`${app().url}/account/export.json`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');

    const response = await fetch(`${app().url}/account/export.json`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="meine-daten/);
    const text = await response.text();
    const data = JSON.parse(text) as {
      person: { email: string };
      memberships: unknown[];
      sessions: unknown[];
      auditEvents: Array<{ action: string }>;
    };
    expect(data.person.email).toBe(email);
    expect(data.memberships).toHaveLength(1);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.auditEvents.map((e) => e.action)).toContain('account.signed_up');
    expect(text).not.toMatch(/passwordHash|tokenHash|argon2/);
  });

  it('deletes my account after the password check: anonymised, signed out everywhere, no more sign-in', async () => {
    const { email, cookie } = await signedIn();
    const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) }`;
    expect((await call(DELETE, { password: 'nicht mein Passwort 7' }, cookie)).body.errors?.[0]?.extensions?.code).toBe('WRONG_PASSWORD');
    const user = await app().db.database.prisma.user.findUniqueOrThrow({ where: { email } });
    const done = await call(DELETE, { password: PASSWORD }, cookie);
    expect(done.body.data).toEqual({ deleteMyAccount: true });
    expect(done.cookies[0]).toMatch(/Max-Age=0/);
    expect((await call(ME, {}, cookie)).body.data).toEqual({ me: null });
    expect((await call(SIGN_IN, { input: { email, password: PASSWORD } })).body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const after = await app().db.database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: true } });
    expect(after).toMatchObject({ name: 'Gelöschte Person', email: `deleted-${user.id}@deleted.invalid`, memberships: [] });
    expect(after.deletedAt).not.toBeNull();
    expect(await app().db.database.prisma.auditEvent.count({ where: { actorUserId: user.id, action: 'account.signed_up' } })).toBe(1);
  });
});
