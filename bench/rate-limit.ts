// Benchmark: what counting the rate limit in PostgreSQL adds to a request. Two instances of the
// API on one PostgreSQL database, one counting in the database (as on PostgreSQL in production),
// one counting in its process; the same cheap GraphQL request (`{ __typename }`, no other query)
// alternately against both, one at a time and 20 in flight. Figures: docs/PERFORMANCE.md.
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { ms, positiveInt, run, startApi, stats } from './support';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' } } });
  const requests = positiveInt(values.requests, '--requests');
  if (testDatabaseKind() !== 'postgres')
    throw new Error('This benchmark needs DATABASE_URL of a PostgreSQL server (run it through packages/db/bin/with-postgres.mjs).');
  const db = await createTestDatabase();
  const apps: NestFastifyApplication[] = [];
  try {
    const env = { RATE_LIMIT_PER_MINUTE: '1000000' };
    const shared = await startApi(db.database, env);
    // The same database without its pg pool: the limit is then counted in the process (as on PGlite).
    const local = await startApi({ ...db.database, connection: { ...db.database.connection, pool: null } }, env);
    apps.push(shared.app, local.app);
    const body = JSON.stringify({ query: '{ __typename }' });
    const once = async (url: string): Promise<number> => {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.text();
      if (response.status !== 200) throw new Error(`Unexpected status ${response.status}`);
      return performance.now() - started;
    };
    const measure = async (inFlight: number) => {
      const samples = { shared: [] as number[], local: [] as number[] };
      // Blocks of 100 alternate between the two, so a change in the machine's load hits both alike.
      for (let block = 0; block < requests / 100; block += 1) {
        for (const [name, api] of [
          ['shared', shared],
          ['local', local],
        ] as const) {
          let next = 0;
          await Promise.all(
            Array.from({ length: inFlight }, async () => {
              while (next++ < 100) samples[name].push(await once(api.url));
            }),
          );
        }
      }
      const [s, l] = [stats(samples.shared), stats(samples.local)];
      console.error(
        `${inFlight} in flight: in PostgreSQL p50 ${ms(s.p50)} ms p99 ${ms(s.p99)} ms; in the process p50 ${ms(l.p50)} ms p99 ${ms(l.p99)} ms`,
      );
      return { p50: s.p50 - l.p50, p99: s.p99 - l.p99 };
    };
    await measure(4); // warm-up
    const sequential = await measure(1);
    const concurrent = await measure(20);
    const rows = await db.database.prisma.rateLimitCounter.count();
    console.log(
      `rate-limit: added_p50_ms=${ms(sequential.p50)} added_p99_ms=${ms(sequential.p99)} added_p50_ms_20_in_flight=${ms(concurrent.p50)} added_p99_ms_20_in_flight=${ms(concurrent.p99)} counter_rows=${rows}`,
    );
  } finally {
    for (const app of apps) await app.close();
    await db.drop();
  }
}

run(main);
