import { AuditService } from '../src/audit/audit.service';
import { PRODUCTION_ENV, startTestApp, type TestApp } from './support/test-app';

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: PRODUCTION_ENV });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses introspection', async () => {
    const reply = await t.gql('{ __schema { types { name } } }');
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const reply = await t.gql('{ topicFieldz { key } }');
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(reply.text).not.toMatch(/Did you mean|topicFields/);
  });
});

describe('CSRF prevention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a simple cross-site POST with content type %s before it runs',
    async (contentType) => {
      const before = await t.db.database.prisma.signInAttempt.count();
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: 'mutation { signIn(input: { email: "csrf@example.org", password: "falsch falsch" }) { id } }' }),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await t.db.database.prisma.signInAttempt.count()).toBe(before);
    },
  );
});

describe('audit events', () => {
  it('disappear with the change when its transaction is rolled back', async () => {
    const t = await startTestApp();
    try {
      const audit = t.app.get(AuditService);
      const prisma = t.db.database.prisma;
      const failure = await prisma
        .$transaction(async (tx) => {
          await audit.record(tx, { actorUserId: null, action: 'probe.rolled_back', entityType: 'Probe' });
          throw new Error('the change fails after its audit event was written');
        })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(await prisma.auditEvent.count({ where: { action: 'probe.rolled_back' } })).toBe(0);
    } finally {
      await t.close();
    }
  });
});
