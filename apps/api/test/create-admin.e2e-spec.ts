import { createDatabase } from '@wiw/db';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accountsClient, PASSWORD, SIGN_IN, SIGN_UP } from './support/accounts';
import { API_DIST, childDatabase, runNode, type ChildDatabase } from './support/child-process';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The first administrator, made with the built CLI (dist/cli/create-admin.js, as the image runs
 * it): the printed link sets the password through the real resetPassword mutation, the new
 * administrator signs in and finds the CLI's work in the audit log.
 */

const CLI = path.join(API_DIST, 'cli', 'create-admin.js');
const LINK = /^https:\/\/portal\.test\/konto\/passwort-zuruecksetzen\?token=([A-Za-z0-9_-]{43})$/;
const unique = () => randomBytes(4).toString('hex');

let db: ChildDatabase;
beforeAll(async () => {
  db = await childDatabase();
});
afterAll(async () => {
  await db.drop();
});

const createAdmin = (args: string[], env: Record<string, string> = {}) =>
  runNode(CLI, args, { ...db.env, PUBLIC_URL: 'https://portal.test', ...env }).finished;

/** The token of the one link line of the CLI's output. */
function printedToken(stdout: string): string {
  const links = stdout.split('\n').filter((line) => line.startsWith('https://'));
  expect(links).toEqual([expect.stringMatching(LINK)]);
  return LINK.exec(links[0]!)![1]!;
}

type Client = ReturnType<typeof accountsClient>;

/** The app on the child's database, for the GraphQL side (on PGlite only while no CLI runs). */
async function withApp<T>(work: (t: TestApp, client: Client) => Promise<T>): Promise<T> {
  const database = await db.open();
  const dortmund = (await database.prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
  const t = await startTestApp({ database, env: { PUBLIC_URL: 'https://portal.test' } });
  try {
    return await work(
      t,
      accountsClient(
        () => t,
        () => dortmund,
      ),
    );
  } finally {
    await t.close();
    await db.release();
  }
}

const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const ROLES = `{ me { roles } }`;

async function signIn(client: Client, email: string): Promise<{ code: unknown; cookie: string | null }> {
  const reply = await client.call(SIGN_IN, { input: { email, password: PASSWORD } });
  return { code: reply.body.errors?.[0]?.extensions?.code ?? null, cookie: reply.cookies[0]?.split(';')[0] ?? null };
}

describe('create-admin', () => {
  it('creates an administrator and prints a one-time link on its own line; it refuses a second run without --force', async () => {
    const email = `Erste.Admin.${unique()}@Example.org`;
    const first = await createAdmin(['--email', email, '--name', 'Erste Administratorin']);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(`Created the administrator ${email.toLowerCase()} in `);
    const firstToken = printedToken(first.stdout);

    const again = await createAdmin(['--email', email.toLowerCase()]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${email.toLowerCase()} is already an administrator. Run again with --force to issue a new link`);
    expect(again.stdout).not.toContain('token=');

    const forced = await createAdmin(['--email', email, '--force']);
    expect(forced).toMatchObject({ code: 0 });
    expect(forced.stdout).toContain(`Issued a new link for the administrator ${email.toLowerCase()}`);
    const token = printedToken(forced.stdout);
    expect(token).not.toBe(firstToken);

    await withApp(async (t, client) => {
      const address = email.toLowerCase();
      expect((await signIn(client, address)).code).toBe('INVALID_CREDENTIALS');
      const reset = (withToken: string) => client.call(RESET, { input: { token: withToken, password: PASSWORD } });
      expect((await reset(firstToken)).body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
      expect((await reset(token)).body.data).toEqual({ resetPassword: true });
      expect((await reset(token)).body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');

      const signedIn = await client.call(SIGN_IN, { input: { email: address, password: PASSWORD } });
      expect(signedIn.body.data).toMatchObject({ signIn: { email: address, name: 'Erste Administratorin', emailVerified: true } });
      const cookie = signedIn.cookies[0]!.split(';')[0]!;
      expect((await client.call(ROLES, {}, cookie)).body.data).toEqual({ me: { roles: ['ADMIN'] } });

      const log = await client.call(
        `{ auditEvents(filter: { action: "admin." }, first: 100) { edges { node { action actorUserId entityId changes } } } }`,
        {},
        cookie,
      );
      const user = await t.db.database.prisma.user.findUniqueOrThrow({ where: { email: address } });
      const events = (
        log.body.data as {
          auditEvents: { edges: Array<{ node: { action: string; actorUserId: string | null; entityId: string; changes: string } }> };
        }
      ).auditEvents.edges
        .map((edge) => edge.node)
        .filter((event) => event.entityId === user.id);
      expect(events.map((event) => event.action).sort()).toEqual(['admin.created', 'admin.renewed']);
      for (const event of events) {
        expect(event.actorUserId).toBeNull();
        expect(JSON.parse(event.changes)).toMatchObject({ via: 'cli', command: 'create-admin', role: 'ADMIN' });
      }
    });
  }, 120_000);

  it('promotes existing accounts: a confirmed one keeps its password, an unconfirmed one loses the password its registrant chose', async () => {
    const [confirmed, unconfirmed] = await withApp(async (_t, client) => {
      const { email: confirmedEmail } = await client.signedIn();
      const input = client.person();
      await client.call(SIGN_UP, { input });
      const unconfirmedEmail = input.email.trim().toLowerCase();
      expect((await signIn(client, unconfirmedEmail)).code).toBe('EMAIL_NOT_VERIFIED');
      return [confirmedEmail, unconfirmedEmail];
    });

    const promotedConfirmed = await createAdmin(['--email', confirmed, '--name', 'Ignored For Existing Accounts']);
    expect(promotedConfirmed).toMatchObject({ code: 0 });
    expect(promotedConfirmed.stdout).toContain(`Made an administrator of ${confirmed}`);
    printedToken(promotedConfirmed.stdout);
    // As in the image: NODE_ENV=production, no mail settings (the tool sends none).
    const promotedUnconfirmed = await createAdmin(['--email', unconfirmed], { NODE_ENV: 'production', ALLOW_EMBEDDED_DATABASE: 'true' });
    expect(promotedUnconfirmed).toMatchObject({ code: 0 });
    const token = printedToken(promotedUnconfirmed.stdout);

    await withApp(async (_t, client) => {
      const kept = await signIn(client, confirmed);
      expect(kept.code).toBeNull();
      const me = (await client.call(`{ me { name roles } }`, {}, kept.cookie!)).body.data as { me: { name: string; roles: string[] } };
      expect(me.me).toEqual({ name: 'Jana Beispiel', roles: ['ADMIN'] });

      expect((await signIn(client, unconfirmed)).code).toBe('INVALID_CREDENTIALS');
      expect((await client.call(RESET, { input: { token, password: PASSWORD } })).body.data).toEqual({ resetPassword: true });
      const now = await signIn(client, unconfirmed);
      expect(now.code).toBeNull();
      expect((await client.call(ROLES, {}, now.cookie!)).body.data).toEqual({ me: { roles: ['ADMIN'] } });
    });
  }, 120_000);
});

describe('create-admin: wrong command lines and databases', () => {
  it('refuses a missing or malformed address with the usage (exit 2)', async () => {
    for (const args of [[], ['--email', 'not-an-address'], ['--email', 'a@b.org', '--name', '']]) {
      const result = await createAdmin(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^Error: (--email is missing|--email "not-an-address" is not an e-mail address|--name must have 1 to 120 characters)\n\nUsage: npm run admin:create/,
      );
    }
  });

  it('prints its usage for --help without opening the database', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wiw-admin-help-'));
    rmSync(dataDir, { recursive: true });
    const result = await runNode(CLI, ['--help'], { PGLITE_DATA_DIR: dataDir, DATABASE_URL: '' }).finished;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run admin:create -- --email <address>/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('applies no migrations: on an empty database it says to run them first and leaves it empty', async () => {
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'wiw-admin-empty-'));
    const empty = testDatabaseKind() === 'postgres' ? await createTestDatabase({ empty: true }) : null;
    try {
      const where: Record<string, string> = empty ? { DATABASE_URL: empty.url! } : { PGLITE_DATA_DIR: emptyDir };
      const result = await runNode(CLI, ['--email', 'admin@example.org'], { ...where, PUBLIC_URL: 'https://portal.test' }).finished;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/has no User table yet: run the migrations first/);
      const database = empty?.database ?? (await createDatabase({ kind: 'pglite', dataDir: emptyDir }));
      try {
        const [row] = await database.prisma.$queryRawUnsafe<Array<{ tables: number }>>(
          `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public'`,
        );
        expect(row!.tables).toBe(0);
      } finally {
        if (!empty) await database.close();
      }
    } finally {
      await empty?.drop();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
