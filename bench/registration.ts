// Benchmark: meeting registrations under contention through the GraphQL API on PostgreSQL.
// `--meetings` rounds (20); in each, `--concurrency` people (200) register at once for one meeting
// of `--capacity` seats (50). Checked in the database afterwards, per meeting: no more registered
// than seats (overbooked), and arrival order kept (arrival numbers 1..n without gaps, seats exactly
// to the first `capacity` arrivals). Command and figures: docs/PERFORMANCE.md.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { SESSION_COOKIE } from '../apps/api/src/common/auth/cookies';
import { hashToken, newToken } from '../apps/api/src/common/auth/tokens';
import { ms, positiveInt, run, startApi, stats } from './support';

const REGISTER = `mutation($input: RegisterForMeetingInput!) { registerForMeeting(input: $input) { id status } }`;
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      meetings: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '200' },
      capacity: { type: 'string', default: '50' },
    },
  });
  const [meetings, concurrency, capacity] = [
    positiveInt(values.meetings, '--meetings'),
    positiveInt(values.concurrency, '--concurrency'),
    positiveInt(values.capacity, '--capacity'),
  ];
  if (testDatabaseKind() !== 'postgres')
    throw new Error('This benchmark needs DATABASE_URL of a PostgreSQL server (run it through packages/db/bin/with-postgres.mjs).');
  const db = await createTestDatabase();
  let app: NestFastifyApplication | undefined;
  try {
    const prisma = db.database.prisma;
    // `concurrency` people in 20 companies, and one organiser; each with a session (no password hashing in the set-up).
    const municipalityId = (await prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
    const companies = Array.from({ length: 20 }, (_, i) => ({
      id: randomUUID(),
      slug: `bench-meeting-${i}`,
      name: `Benchmark Termine ${i} GmbH`,
      kind: 'COMPANY' as const,
      municipalityId,
      verifiedAt: new Date(),
      sortName: `benchmark termine ${i}`,
      searchText: `benchmark termine ${i}`,
    }));
    await prisma.organisation.createMany({ data: companies });
    const people = Array.from({ length: concurrency + 1 }, (_, i) => ({
      id: randomUUID(),
      token: newToken(),
      organisationId: companies[i % companies.length]!.id,
      email: `bench.${i}@example.org`,
    }));
    await prisma.user.createMany({
      data: people.map((p, i) => ({ id: p.id, email: p.email, name: `Bench ${i}`, passwordHash: 'not-a-password', emailVerifiedAt: new Date() })),
    });
    await prisma.membership.createMany({ data: people.map((p) => ({ userId: p.id, organisationId: p.organisationId, role: 'MEMBER' as const })) });
    await prisma.session.createMany({
      data: people.map((p) => ({ userId: p.id, tokenHash: hashToken(p.token), expiresAt: new Date(Date.now() + 86_400_000) })),
    });
    const organiser = people.pop()!;

    const api = await startApi(db.database, { RATE_LIMIT_PER_MINUTE: '1000000' });
    app = api.app;
    const post = (token: string, query: string, variables: Record<string, unknown>) =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` },
        body: JSON.stringify({ query, variables }),
      });

    const latencies: number[] = [];
    let errors5xx = 0;
    let overbooked = 0;
    let orderViolations = 0;
    for (let round = 1; round <= meetings; round += 1) {
      const start = new Date(Date.now() + (7 + round) * 86_400_000);
      const created = (await (
        await post(organiser.token, CREATE, {
          input: {
            organiserId: organiser.organisationId,
            title: `Benchmark-Termin ${round}`,
            kind: 'PUBLIC_EVENT',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
            format: 'ONLINE',
            onlineLink: 'https://meet.example.org/bench',
            visibility: 'PUBLIC',
            registrationOpen: true,
            capacity,
          },
        })
      ).json()) as { data?: { createMeeting: { id: string } }; errors?: unknown };
      if (!created.data) throw new Error(`createMeeting failed: ${JSON.stringify(created.errors)}`);
      const meetingId = created.data.createMeeting.id;
      const started = performance.now();
      const outcomes = await Promise.all(
        people.map(async (p) => {
          const sent = performance.now();
          const response = await post(p.token, REGISTER, { input: { meetingId, organisationId: p.organisationId } });
          const body = (await response.json()) as {
            data?: { registerForMeeting: { status: string } };
            errors?: Array<{ extensions?: { code?: string } }>;
          };
          latencies.push(performance.now() - sent);
          if (response.status >= 500 || body.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) errors5xx += 1;
          return body.data?.registerForMeeting.status ?? body.errors?.[0]?.extensions?.code ?? 'NO_CODE';
        }),
      );
      const rows = await prisma.meetingRegistration.findMany({ where: { meetingId }, orderBy: { arrivalNumber: 'asc' } });
      const registered = rows.filter((row) => row.status === 'REGISTERED');
      if (registered.length > capacity) overbooked += 1;
      const gapless = rows.every((row, i) => row.arrivalNumber === i + 1);
      const seatsToFirst = rows.every((row) => (row.arrivalNumber <= capacity ? row.status === 'REGISTERED' : row.status === 'WAITLISTED'));
      if (!gapless || !seatsToFirst) orderViolations += 1;
      const counts = new Map<string, number>();
      for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      console.error(
        `meeting ${round}: ${[...counts].map(([what, n]) => `${n} ${what}`).join(', ')} in ${ms(performance.now() - started)} ms; database: ${registered.length} registered, ${rows.length - registered.length} waitlisted`,
      );
    }
    const { p50, p99 } = stats(latencies);
    console.error(`latency of ${latencies.length} registrations: p50 ${ms(p50)} ms, p99 ${ms(p99)} ms`);
    console.log(
      `registration: races=${meetings} overbooked=${overbooked} order_violations=${orderViolations} errors_5xx=${errors5xx} p99_ms=${p99.toFixed(0)}`,
    );
  } finally {
    await app?.close();
    await db.drop();
  }
}

run(main);
