import { createDatabase, type Database } from '@wiw/db';
import { testDatabaseKind } from '@wiw/db/testing';
import { startTestApp, type TestApp } from './support/test-app';

// Two replicas: two Nest applications, each listening, each with its own pool on one PostgreSQL
// database. On the embedded PGlite database (one process) the limit is counted in the process.
const onServer = testDatabaseKind() === 'postgres' ? describe : describe.skip;
const LIMIT = 10;

onServer('the per-address rate limit with two replicas on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let secondDatabase: Database;
  beforeAll(async () => {
    first = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    secondDatabase = await createDatabase({ kind: 'postgres', url: first.db.url! });
    second = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) }, database: secondDatabase });
  });
  afterAll(async () => {
    await second?.close();
    await secondDatabase?.close();
    await first?.close();
  });
  beforeEach(async () => {
    await first.db.database.prisma.$executeRaw`DELETE FROM "RateLimitCounter"`;
  });

  const ask = (app: TestApp) => app.gql('{ regions { key } }');

  it('holds across them: the requests of one address are counted together', async () => {
    const statuses: number[] = [];
    // Alternating between the replicas, as a round-robin proxy would.
    for (let i = 0; i < LIMIT + 2; i += 1) statuses.push((await ask(i % 2 === 0 ? first : second)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429, 429]);
    const refused = await ask(first);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    const counter = await first.db.database.prisma.rateLimitCounter.findUniqueOrThrow({ where: { key: '127.0.0.1' } });
    expect(counter.count).toBe(LIMIT + 3);
  });

  it('starts a new window once the last has ended, and deletes nothing it still needs', async () => {
    for (let i = 0; i < LIMIT; i += 1) expect((await ask(second)).status).toBe(200);
    expect((await ask(first)).status).toBe(429);
    await first.db.database.prisma.rateLimitCounter.updateMany({ data: { windowEndsAt: new Date(Date.now() - 1000) } });
    expect((await ask(first)).status).toBe(200);
    const counter = await first.db.database.prisma.rateLimitCounter.findUniqueOrThrow({ where: { key: '127.0.0.1' } });
    expect(counter.count).toBe(1);
    expect(counter.windowEndsAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it('never waits for a database that does not count: the replica counts alone, promptly', async () => {
    // Another session holds the table locked, so every count in the database would block.
    const locker = await secondDatabase.connection.pool!.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "RateLimitCounter" IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 1; i += 1) statuses.push((await ask(first)).status);
      // The first waits out the budget (300 ms), the rest skip the database for a while.
      expect(performance.now() - started).toBeLessThan(3_000);
      // Counted in the process from then on: the limit still holds on this replica.
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
  });
});
