import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, seedDemoAccounts } from '../src/accounts/demo-accounts';
import { PasswordHasher } from '../src/accounts/password';
import { csvField } from '../src/audit/csv';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let coordinator: string;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoAccounts(t.db.database.prisma, new PasswordHasher());
  coordinator = await signIn('geschaeftsstelle@demo.example.org');
});
afterAll(async () => {
  await t.close();
});

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  cookie: string,
): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
}

interface Page {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; occurredAt: string; action: string } }>;
  };
}
const PAGE = `query($first: Int!, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id occurredAt action } } }
}`;

describe('audit log for the joint office', () => {
  it('pages through every event newest first, without gaps or repeats', async () => {
    for (let i = 0; i < 4; i += 1) await signIn('beratung@demo.example.org');
    const seen: Array<{ id: string; occurredAt: string }> = [];
    let after: string | null = null;
    let total: number;
    do {
      const result: { data?: Page } = await gql<Page>(PAGE, { first: 3, after }, coordinator);
      const page: Page['auditEvents'] = result.data!.auditEvents;
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(total).toBe(await t.db.database.prisma.auditEvent.count());
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    const times = seen.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('keeps events written in one transaction at one instant in their order of writing, across pages', async () => {
    const prisma = t.db.database.prisma;
    const entityType = `Reihenfolge${randomUUID().replace(/[^a-f]/g, '')}`;
    const actions = Array.from({ length: 12 }, (_, i) => `order.step${String(i).padStart(2, '0')}`);
    const instant = new Date('2026-12-06T00:00:00.000Z');
    await prisma.$transaction(async (tx) => {
      for (const action of actions) await tx.auditEvent.create({ data: { occurredAt: instant, actorUserId: null, action, entityType } });
    });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: Page } = await gql<Page>(PAGE, { first: 5, after, filter: { entityType } }, coordinator);
      const page: Page['auditEvents'] = result.data!.auditEvents;
      seen.push(...page.edges.map((edge) => edge.node.action));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Newest first: the last written comes first (with random ids as the tie-break, 12 events would almost never line up).
    expect(seen).toEqual([...actions].reverse());
    const forged = Buffer.from(JSON.stringify([instant.toISOString(), '1e3', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await gql(PAGE, { first: 5, after: forged }, coordinator)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by action prefix and refuses malformed filters and cursors', async () => {
    const sessions = await gql<Page>(PAGE, { first: 100, filter: { action: 'session.' } }, coordinator);
    expect(sessions.data!.auditEvents.edges.every((e) => e.node.action.startsWith('session.'))).toBe(true);
    expect(sessions.data!.auditEvents.totalCount).toBeGreaterThan(0);
    expect((await gql(PAGE, { first: 5, filter: { action: "x'; DROP" } }, coordinator)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['not a date', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await gql(PAGE, { first: 5, after: forged }, coordinator)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports CSV for coordinators only, with a BOM and formula-safe fields', async () => {
    const company = await signIn('velkamp@demo.example.org');
    expect((await fetch(`${t.url}/audit/export.csv`, { headers: { cookie: company } })).status).toBe(403);
    expect((await fetch(`${t.url}/audit/export.csv`)).status).toBe(401);
    const response = await fetch(`${t.url}/audit/export.csv?action=session.`, { headers: { cookie: coordinator } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,action,entityType,entityId,actorUserId,actingOrganisationId,changes');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(',session.'))).toBe(true);
  });

  it('exports with the same filters as the query, and refuses invalid ones with a coded error', async () => {
    const future = await fetch(`${t.url}/audit/export.csv?from=2999-01-01T00:00:00Z`, { headers: { cookie: coordinator } });
    expect((await future.text()).trim().split('\r\n')).toHaveLength(1);
    const byEntity = await fetch(`${t.url}/audit/export.csv?entityType=Session&to=2999-01-01T00:00:00%2B01:00`, { headers: { cookie: coordinator } });
    const rows = (await byEntity.text()).trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.split(',')[2] === 'Session')).toBe(true);
    for (const query of ['action=DROP%20TABLE', 'from=yesterday', 'actorUserId=1', 'unknown=1']) {
      const response = await fetch(`${t.url}/audit/export.csv?${query}`, { headers: { cookie: coordinator, 'accept-language': 'en' } });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect([query, response.status, response.headers.get('content-type')]).toEqual([query, 400, 'application/json; charset=utf-8']);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).toMatch(/^Invalid input/);
    }
  });
});

describe('csvField', () => {
  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(null)).toBe('');
  });
});
