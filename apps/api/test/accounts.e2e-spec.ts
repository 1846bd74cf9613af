import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '../src/accounts/demo-accounts';
import { checkPasswordPolicy, PasswordHasher } from '../src/accounts/password';
import { accountsClient, ME, PASSWORD, SIGN_IN, SIGN_UP } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let municipalityId: string;
beforeAll(async () => {
  t = await startTestApp();
  municipalityId = (await t.db.database.prisma.municipality.findFirstOrThrow({ where: { name: 'Siegen' } })).id;
});
afterAll(async () => {
  await t.close();
});

const {
  call,
  person,
  mailedToken: confirmationToken,
  signedIn,
} = accountsClient(
  () => t,
  () => municipalityId,
);

describe('sign-up', () => {
  it('creates person, unverified organisation, ownership, confirmation mail and audit event together', async () => {
    const input = person();
    const reply = await call(SIGN_UP, { input });
    const email = input.email.trim().toLowerCase();
    expect(reply.body.data).toEqual({ signUp: { email } });
    const prisma = t.db.database.prisma;
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { organisation: true } } } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: 'OWNER', organisation: { kind: 'COMPANY', verifiedAt: null, website: 'https://example.org' } });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
    expect(mail).toMatchObject({ template: 'verify-email', locale: 'de', status: 'PENDING' });
    expect((mail.payload as { link: string }).link).toMatch(/^http:\/\/localhost:\d+\/konto\/bestaetigen\?token=[A-Za-z0-9_-]{43}$/);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { actorUserId: user.id, action: 'account.signed_up' } });
    expect(audit.actingOrganisationId).toBe(user.memberships[0]!.organisationId);
    expect(JSON.stringify(audit.changes)).not.toMatch(/password|argon/i);
  });

  it('answers an address that is already registered exactly like a new one and creates nothing', async () => {
    const input = person();
    await call(SIGN_UP, { input });
    const again = await call(SIGN_UP, { input: { ...input, organisation: { ...input.organisation, name: 'Zweitfirma GmbH' } } });
    expect(again.body).toEqual({ data: { signUp: { email: input.email.trim().toLowerCase() } } });
    expect(await t.db.database.prisma.organisation.count({ where: { name: 'Zweitfirma GmbH' } })).toBe(0);
    expect(await t.db.database.prisma.outboxMessage.count({ where: { recipient: input.email.trim().toLowerCase() } })).toBe(1);
  });

  it.each([
    ['a short password', { password: 'kurz' }, 'BAD_USER_INPUT'],
    ['a common password', { password: 'Password123!' }, 'BAD_USER_INPUT'],
    ['an invalid e-mail address', { email: 'not-an-address' }, 'BAD_USER_INPUT'],
    ['a chamber, which only the joint office sets up', { organisation: { name: 'IHK Irgendwo', kind: 'CHAMBER', municipalityId } }, 'BAD_USER_INPUT'],
    [
      'an unknown municipality',
      { organisation: { name: 'Irgendwas GmbH', kind: 'COMPANY', municipalityId: '00000000-0000-4000-8000-000000000000' } },
      'BAD_USER_INPUT',
    ],
    ['a 101-character name', { name: 'x'.repeat(101) }, 'BAD_USER_INPUT'],
  ])('refuses %s with a coded error and creates nothing', async (_label, overrides, code) => {
    const input = person(overrides);
    const reply = await call(SIGN_UP, { input });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(await t.db.database.prisma.user.count({ where: { email: String(input.email).trim().toLowerCase() } })).toBe(0);
  });

  it('explains a weak password in the caller’s language with the failed rules', async () => {
    const reply = await call(SIGN_UP, { input: person({ password: 'kurz' }) }, undefined, 'en');
    expect(reply.body.errors?.[0]?.message).toMatch(/^The password is not strong enough/);
    expect(reply.body.errors?.[0]?.extensions?.problems).toContain('TOO_SHORT');
  });
});

describe('e-mail confirmation and sign-in', () => {
  it('refuses sign-in before confirmation, accepts the token once, then signs in with a hardened cookie', async () => {
    const input = person();
    const email = input.email.trim().toLowerCase();
    await call(SIGN_UP, { input });
    const early = await call(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(early.body.errors?.[0]?.extensions?.code).toBe('EMAIL_NOT_VERIFIED');
    expect(early.cookies).toEqual([]);

    const token = await confirmationToken(email);
    expect((await call(`mutation($token: String!) { verifyEmail(token: $token) }`, { token })).body.data).toEqual({ verifyEmail: true });
    const reuse = await call(`mutation($token: String!) { verifyEmail(token: $token) }`, { token });
    expect(reuse.body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');

    const reply = await call(SIGN_IN, { input: { email: email.toUpperCase(), password: PASSWORD } });
    expect(reply.body.data?.signIn).toMatchObject({ email, emailVerified: true });
    expect(reply.cookies).toHaveLength(1);
    const cookie = reply.cookies[0]!;
    expect(cookie).toMatch(/^__Host-wiw_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const token2 = cookie.split(';')[0]!.split('=')[1]!;
    expect(await t.db.database.prisma.session.count({ where: { tokenHash: token2 } })).toBe(0);
  });

  it.each(['garbage', 'x'.repeat(500), 'A'.repeat(43)])('refuses the confirmation token %#', async (token) => {
    const reply = await call(`mutation($token: String!) { verifyEmail(token: $token) }`, { token });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
  });

  it('answers an unknown address and a wrong password identically', async () => {
    const { email } = await signedIn();
    const wrong = await call(SIGN_IN, { input: { email, password: 'falsches Passwort 123' } });
    const unknown = await call(SIGN_IN, { input: { email: `nobody.${Date.now()}@example.org`, password: 'falsches Passwort 123' } });
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('sessions', () => {
  it('me answers with the cookie, null without it', async () => {
    const { email, cookie } = await signedIn();
    expect((await call(ME, {}, cookie)).body.data).toEqual({ me: { id: expect.any(String), email } });
    expect((await call(ME)).body.data).toEqual({ me: null });
    expect((await call(ME, {}, '__Host-wiw_session=forged-token-value')).body.data).toEqual({ me: null });
  });

  it('sign-out ends the session for good and clears the cookie', async () => {
    const { cookie } = await signedIn();
    const out = await call(`mutation { signOut }`, {}, cookie);
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.cookies[0]).toMatch(/^__Host-wiw_session=; Path=\/; Max-Age=0/);
    expect((await call(ME, {}, cookie)).body.data).toEqual({ me: null });
    expect((await call(`{ mySessions { id } }`, {}, cookie)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the caller’s sessions and revokes another one, but never someone else’s', async () => {
    const first = await signedIn();
    const second = await call(SIGN_IN, { input: { email: first.email, password: PASSWORD } });
    const secondCookie = second.cookies[0]!.split(';')[0]!;
    const list = await call(`{ mySessions { id current } }`, {}, first.cookie);
    const sessions = list.body.data?.mySessions as Array<{ id: string; current: boolean }>;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current)!;

    const stranger = await signedIn();
    const foreign = await call(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: other.id }, stranger.cookie);
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_FOUND');
    expect((await call(ME, {}, secondCookie)).body.data?.me).not.toBeNull();

    expect((await call(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: other.id }, first.cookie)).body.data).toEqual({ revokeSession: true });
    expect((await call(ME, {}, secondCookie)).body.data).toEqual({ me: null });
    expect((await call(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: 'nope' }, first.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'SESSION_NOT_FOUND',
    );
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const prisma = t.db.database.prisma;
    const idle = await signedIn();
    await prisma.session.updateMany({ where: { user: { email: idle.email } }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect((await call(ME, {}, idle.cookie)).body.data).toEqual({ me: null });

    const old = await signedIn();
    await prisma.session.updateMany({
      where: { user: { email: old.email } },
      data: { createdAt: new Date(Date.now() - 13 * 3600_000), expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await call(ME, {}, old.cookie)).body.data).toEqual({ me: null });
  });

  it('writes an audit event for sign-in and sign-out', async () => {
    const { email, cookie } = await signedIn();
    await call(`mutation { signOut }`, {}, cookie);
    const user = await t.db.database.prisma.user.findUniqueOrThrow({ where: { email } });
    const actions = (await t.db.database.prisma.auditEvent.findMany({ where: { actorUserId: user.id }, orderBy: { occurredAt: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['account.signed_up', 'account.email_verified', 'session.opened', 'session.closed']);
  });
});

describe('nothing secret is reachable through the schema', () => {
  it('has no field that could carry a password hash, token or session secret', () => {
    const schema = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(schema).not.toMatch(/passwordHash|tokenHash|EmailToken|ipAddress/);
  });
});

describe('sign-in throttling', () => {
  it('gives aliases no extra tries: the first failure ends the request, every attempt counts', async () => {
    const { email } = await signedIn();
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: signIn(input: { email: "${email}", password: "falsch falsch ${i}" }) { id }`).join(
      ' ',
    );
    const burst = await call(`mutation { ${aliases} }`);
    expect(burst.body.data).toBeNull();
    expect((burst.body.errors ?? []).map((e) => e.extensions?.code)).toEqual(['INVALID_CREDENTIALS']);
    const prisma = t.db.database.prisma;
    expect(await prisma.signInAttempt.count({ where: { email, succeeded: false } })).toBe(1);

    for (let i = 0; i < 4; i += 1) {
      const reply = await call(SIGN_IN, { input: { email, password: `falsch ${i} falsch` } });
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const right = await call(SIGN_IN, { input: { email, password: PASSWORD } }, undefined, 'en');
    expect(right.body.errors?.[0]?.extensions).toMatchObject({ code: 'SIGN_IN_THROTTLED', retryAfterSeconds: expect.any(Number) });
    expect(right.body.errors?.[0]?.message).toMatch(/^Too many failed sign-in attempts/);
    expect(right.cookies).toEqual([]);
  });

  it('refuses parallel attempts beyond the limit, however many arrive at once', async () => {
    const { email } = await signedIn();
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => call(SIGN_IN, { input: { email, password: `parallel falsch ${i}` } })));
    const codes = replies.map((r) => r.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'SIGN_IN_THROTTLED').length).toBeGreaterThanOrEqual(7);
  });

  it('lets the person in again once the failures have aged out of the window', async () => {
    const { email } = await signedIn();
    for (let i = 0; i < 6; i += 1) await call(SIGN_IN, { input: { email, password: `falsch falsch ${i}` } });
    expect((await call(SIGN_IN, { input: { email, password: PASSWORD } })).body.errors?.[0]?.extensions?.code).toBe('SIGN_IN_THROTTLED');
    await t.db.database.prisma.signInAttempt.updateMany({ where: { email }, data: { attemptedAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await call(SIGN_IN, { input: { email, password: PASSWORD } })).body.data?.signIn).toMatchObject({ email });
  });
});

describe('demo accounts', () => {
  it('are created once, confirmed, with their roles, and can sign in with the documented password', async () => {
    const prisma = t.db.database.prisma;
    const hasher = new PasswordHasher();
    expect(checkPasswordPolicy(DEMO_PASSWORD, {})).toEqual([]);
    expect(await seedDemoAccounts(prisma, hasher)).toBe(DEMO_ACCOUNTS.length);
    expect(await seedDemoAccounts(prisma, hasher)).toBe(0);
    const reply = await call(`mutation($input: SignInInput!) { signIn(input: $input) { email roles } }`, {
      input: { email: 'geschaeftsstelle@demo.example.org', password: DEMO_PASSWORD },
    });
    expect(reply.body.data?.signIn).toEqual({ email: 'geschaeftsstelle@demo.example.org', roles: ['COORDINATOR'] });
  });
});
