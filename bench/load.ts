// Benchmark: the whole portal under a mix of real journeys at a fixed arrival rate, on two API
// replicas (the built server, child processes) on one PostgreSQL server of its own, loopback only.
//  1. steady: `--seconds` (60) at `--rate` requests/s: anonymous directory and topic fields, the
//     signed-in board and matches, bookings on distinct slots, the dashboard;
//  2. faults, the same load again: at 15 s one replica is killed with SIGKILL (the client sends
//     repeatable requests again to the other), at 30 s PostgreSQL restarts (pg_ctl restart -m fast).
// Then every booking confirmed to the client is looked up in the database.
// Last line: load: rps=<n> p99_ms=<n> errors_5xx=<n> lost_bookings=<n> recovered_s=<n>
// (rps and p99 of the steady run; 5xx outside the fault windows of both runs). Figures: docs/PERFORMANCE.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@wiw/db/testing';
import { LoadClient, type Outcome } from './load-client';
import { startReplica, stopReplica, type Replica } from './load-replicas';
import { prepareWorkload } from './load-workload';
import { ms, positiveInt, run, stats } from './support';

interface PostgresServer {
  url: string;
  restart(): Promise<void>;
  stop(): void;
}

const is5xx = (outcome: Outcome) => outcome.status >= 500 || outcome.result === 'INTERNAL_SERVER_ERROR';

function summary(name: string, outcomes: Outcome[], seconds: number): { rps: number; p99: number } {
  const ok = outcomes.filter((outcome) => outcome.result === 'ok');
  const latency = stats(ok.map((outcome) => outcome.doneAt - outcome.sentAt));
  const results = new Map<string, number>();
  for (const outcome of outcomes) results.set(outcome.result, (results.get(outcome.result) ?? 0) + 1);
  const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))].map((kind) => {
    const of = outcomes.filter((outcome) => outcome.kind === kind && outcome.result === 'ok').map((outcome) => outcome.doneAt - outcome.sentAt);
    return `${kind} p99 ${of.length ? ms(stats(of).p99) : '-'} ms`;
  });
  console.error(
    `${name}: ${outcomes.length} requests in ${seconds} s, ${ok.length} ok (${(ok.length / seconds).toFixed(1)}/s); p50 ${ms(latency.p50)} ms, p99 ${ms(latency.p99)} ms; ${[...results].map(([result, n]) => `${n} ${result}`).join(', ')}`,
  );
  console.error(`  by journey: ${kinds.join('; ')}`);
  return { rps: ok.length / seconds, p99: latency.p99 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rate: { type: 'string', default: '40' }, seconds: { type: 'string', default: '60' } } });
  const [rate, seconds] = [positiveInt(values.rate, '--rate'), positiveInt(values.seconds, '--seconds')];
  // The throwaway server of packages/db/bin (plain JavaScript, no types), for its restart().
  const serverModule = path.join(__dirname, '..', 'packages', 'db', 'bin', 'postgres-server.mjs');
  const { findPostgresBin, startPostgres } = (await import(serverModule)) as {
    findPostgresBin(): string | null;
    startPostgres(bin: string): Promise<PostgresServer>;
  };
  const bin = findPostgresBin();
  if (!bin) throw new Error('This benchmark needs PostgreSQL binaries (/usr/lib/postgresql/*/bin): it restarts its own server.');
  const server = await startPostgres(bin);
  const replicas: Replica[] = [];
  try {
    const db = await createTestDatabase({}, { ...process.env, DATABASE_URL: server.url, WIW_TEST_DATABASE: 'postgres' });
    const workload = await prepareWorkload(db.database.prisma, seconds * rate * 2);
    replicas.push(...(await Promise.all([startReplica('replica-1', db.url!), startReplica('replica-2', db.url!)])));
    const jobOf = await workload.jobs(replicas[0]!.url);
    const client = new LoadClient(replicas);
    const [killAt, restartAt] = [Math.min(15, seconds / 4), Math.min(30, seconds / 2)];
    console.error(
      `two replicas ready; ${rate} requests/s for ${seconds} s, then again with a replica killed at ${killAt} s and PostgreSQL restarted at ${restartAt} s`,
    );

    // Warm-up, rising to the rate over 15 s: a cold replica (JIT, caches, first dashboard refresh)
    // hit at full rate at once falls behind, and an open-loop client never lets it catch up.
    for (const share of [0.25, 0.5, 1]) await client.run(Math.max(1, Math.round(rate * share)), 5, (i) => jobOf(i, 'warm-up'));
    const steady = await client.run(rate, seconds, (i) => jobOf(i, 'steady'));
    const steadyFigures = summary('steady', steady.outcomes, seconds);

    const windows: Array<[number, number]> = [];
    let postgresBackAt = 0;
    const faults = await client.run(rate, seconds, (i) => jobOf(i, 'faults'), [
      {
        atSeconds: killAt,
        run: async (elapsed) => {
          const at = elapsed();
          replicas[1]!.child.kill('SIGKILL');
          // Requests in flight on the killed replica fail or are sent again: its window is 5 s.
          windows.push([at, at + 5_000]);
          console.error(`faults: replica-2 killed (SIGKILL) at ${(at / 1000).toFixed(1)} s`);
        },
      },
      {
        atSeconds: restartAt,
        run: async (elapsed) => {
          const at = elapsed();
          await server.restart();
          postgresBackAt = elapsed();
          console.error(
            `faults: PostgreSQL restarted at ${(at / 1000).toFixed(1)} s, accepting connections again after ${ms(postgresBackAt - at)} ms`,
          );
          windows.push([at, Number.POSITIVE_INFINITY]); // closed below, once recovered
        },
      },
    ]);
    // Recovered: the end of the last failed request sent after PostgreSQL was back.
    const failedAfter = faults.outcomes.filter((outcome) => outcome.sentAt >= postgresBackAt && outcome.result !== 'ok');
    const recoveredAt = Math.max(postgresBackAt, ...failedAfter.map((outcome) => outcome.doneAt));
    windows[windows.length - 1]![1] = recoveredAt;
    summary('faults', faults.outcomes, seconds);
    const inWindow = (outcome: Outcome) => windows.some(([from, to]) => outcome.doneAt >= from && outcome.sentAt <= to);
    const errors5xx = steady.outcomes.filter(is5xx).length + faults.outcomes.filter((outcome) => is5xx(outcome) && !inWindow(outcome)).length;
    const retried = faults.outcomes.filter((outcome) => outcome.retried);
    console.error(
      `faults: ${retried.length} requests sent again to the other replica (${retried.filter((outcome) => outcome.result === 'ok').length} ok); 5xx inside the fault windows: ${faults.outcomes.filter((outcome) => is5xx(outcome) && inWindow(outcome)).length}`,
    );

    const confirmed = [...steady.outcomes, ...faults.outcomes].flatMap((outcome) => {
      const booking = outcome.data?.bookConsultation as { id: string } | undefined;
      return booking ? [booking.id] : [];
    });
    const present = await db.database.prisma.booking.count({ where: { id: { in: confirmed }, status: 'CONFIRMED' } });
    console.error(`bookings: ${confirmed.length} confirmed to the client, ${present} of them in the database`);
    console.log(
      `load: rps=${steadyFigures.rps.toFixed(0)} p99_ms=${steadyFigures.p99.toFixed(0)} errors_5xx=${errors5xx} lost_bookings=${confirmed.length - present} recovered_s=${((recoveredAt - postgresBackAt) / 1000).toFixed(1)}`,
    );
    for (const replica of replicas) await stopReplica(replica);
    await db.drop();
  } finally {
    for (const replica of replicas) replica.child.kill('SIGKILL');
    server.stop();
  }
}

run(main);
