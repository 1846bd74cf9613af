import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '../src/accounts/demo-accounts';
import { PasswordHasher } from '../src/accounts/password';
import { startTestApp, type TestApp } from './support/test-app';
import { OPERATIONS, type Access } from './support/authorization-operations';

const CALLERS = ['anonymous', ...DEMO_ACCOUNTS.map((account) => account.email)] as const;
const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

let t: TestApp;
beforeAll(async () => {
  // Over a thousand requests in a few minutes from one address: the per-address limit is not under test here.
  t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
  await seedDemoAccounts(t.db.database.prisma, new PasswordHasher());
});
afterAll(async () => {
  await t.close();
});

async function post(document: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  return { body: (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }, cookies: response.headers.getSetCookie() };
}

/** Operations that may end or replace the caller's session: they get a session of their own. */
const SESSION_ENDING = new Set([
  'Mutation.signOut',
  'Mutation.revokeSession',
  'Mutation.changePassword',
  'Mutation.resetPassword',
  'Mutation.deleteMyAccount',
]);
const sessions = new Map<string, string>();

async function signIn(caller: string): Promise<string> {
  const reply = await post(`mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`, {
    email: caller,
    password: DEMO_PASSWORD,
  });
  return reply.cookies[0]!.split(';')[0]!;
}

/**
 * One session per caller (a sign-in hashes a password: one per case made this suite the slowest),
 * except for operations that may end sessions, which sign in afresh and drop the shared one.
 */
async function sessionOf(caller: string, operation: string): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined;
  if (SESSION_ENDING.has(operation)) {
    sessions.delete(caller);
    return signIn(caller);
  }
  const shared = sessions.get(caller) ?? (await signIn(caller));
  sessions.set(caller, shared);
  return shared;
}

function allowed(access: Access, caller: string): boolean {
  if (access === 'public') return true;
  if (caller === 'anonymous') return false;
  if (access === 'signed-in') return true;
  const account = DEMO_ACCOUNTS.find((demo) => demo.email === caller)!;
  // A role held through an office (the demo mayor's) counts like a granted one.
  const roles: readonly string[] = [...account.roles, ...(account.office ? [account.office.role] : [])];
  return access.some((role) => roles.includes(role));
}

describe('authorization matrix', () => {
  it('lists every root operation of the schema, and nothing else', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ].sort();
    expect(inSchema).toEqual(Object.keys(OPERATIONS).sort());
  });

  const cases = Object.entries(OPERATIONS).flatMap(([operation, row]) =>
    CALLERS.map((caller) => [operation, caller, allowed(row.access, caller)] as const),
  );

  it.each(cases)('%s as %s: allowed = %s', async (operation, caller, expected) => {
    const row = OPERATIONS[operation]!;
    const reply = await post(row.document, row.variables, await sessionOf(caller, operation));
    const denial = (reply.body.errors ?? []).map((error) => error.extensions?.code).find((code) => code && DENIED.has(code));
    if (expected) expect(denial).toBeUndefined();
    else expect(denial).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });
});
