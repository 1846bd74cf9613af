// Benchmark: bookings under contention through the GraphQL API on PostgreSQL.
// (a) 20 rounds of 200 concurrent requests for one one-to-one slot, (b) 200 concurrent requests for
// a group session of capacity 10, (c) throughput of bookings on distinct slots, against a baseline
// measured in the same run: a trivial signed-in query at the same concurrency. The outcome is
// checked in the database, not taken from the replies. Command and figures: docs/PERFORMANCE.md.
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { addDays, berlinDate, foldText, zonedToInstant } from '@wiw/domain';
import { demoAdvisorAroundTheClock, demoSessionCookie, positiveInt, run, startApi } from './support';

const BOOK = `mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { id } }`;
interface Outcome {
  ok: number;
  refused: Map<string, number>;
  errors5xx: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '200' },
      distinct: { type: 'string', default: '400' },
    },
  });
  const [rounds, concurrency, distinct] = [
    positiveInt(values.rounds, '--rounds'),
    positiveInt(values.concurrency, '--concurrency'),
    positiveInt(values.distinct, '--distinct'),
  ];
  if (testDatabaseKind() !== 'postgres')
    throw new Error('This benchmark needs DATABASE_URL of a PostgreSQL server (run it through packages/db/bin/with-postgres.mjs).');
  const db = await createTestDatabase();
  let app: NestFastifyApplication | undefined;
  try {
    const prisma = db.database.prisma;
    // The demo advisor, available every day around the clock; one person who may book for `concurrency` verified companies.
    const advisor = await demoAdvisorAroundTheClock(prisma);
    const format = (title: string, capacity: number) =>
      prisma.consultationFormat.create({
        data: {
          advisorId: advisor.id,
          organisationId: advisor.memberships[0]!.organisationId,
          title,
          description: 'Benchmark',
          topicFieldKey: 'IT_COMPETENCE',
          durationMinutes: 60,
          mode: 'REMOTE',
          meetingLink: 'https://meet.example.org/bench',
          capacity,
          minimumNoticeHours: 0,
          bookingHorizonDays: 365,
          searchText: foldText(title),
        },
      });
    const [single, group] = [await format('Einzelberatung', 1), await format('Denkraum', 10)];
    const booker = await prisma.user.findUniqueOrThrow({ where: { email: 'velkamp@demo.example.org' } });
    const municipalityId = (await prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
    const companies = await Promise.all(
      Array.from({ length: concurrency }, (_, i) =>
        prisma.organisation.create({
          data: {
            slug: `bench-${i}`,
            name: `Benchmark ${i} GmbH`,
            kind: 'COMPANY',
            municipalityId,
            verifiedAt: new Date(),
            sortName: `benchmark ${i}`,
            searchText: `benchmark ${i}`,
          },
        }),
      ),
    );
    await prisma.membership.createMany({
      data: companies.map((company) => ({ userId: booker.id, organisationId: company.id, role: 'MEMBER' as const })),
    });

    const api = await startApi(db.database, { RATE_LIMIT_PER_MINUTE: '1000000' });
    app = api.app;
    const cookie = await demoSessionCookie(api.url, 'velkamp@demo.example.org');
    const post = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });

    async function burst(requests: Array<Record<string, unknown>>): Promise<Outcome> {
      const outcome: Outcome = { ok: 0, refused: new Map(), errors5xx: 0 };
      await Promise.all(
        requests.map(async (input) => {
          const response = await post(BOOK, { input });
          if (response.status >= 500) outcome.errors5xx += 1;
          const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
          if (body.data) outcome.ok += 1;
          else {
            const code = body.errors?.[0]?.extensions?.code ?? 'NO_CODE';
            if (code === 'INTERNAL_SERVER_ERROR') outcome.errors5xx += 1;
            outcome.refused.set(code, (outcome.refused.get(code) ?? 0) + 1);
          }
        }),
      );
      return outcome;
    }
    const describe = (outcome: Outcome) => `${outcome.ok} booked, ${[...outcome.refused].map(([code, n]) => `${n} ${code}`).join(', ')}`;
    const at = (days: number, time: string) => zonedToInstant(addDays(berlinDate(), days), time).toISOString();
    const agenda = 'Benchmark: gleichzeitige Buchungen';
    let errors5xx = 0;

    // (a) one one-to-one slot per round, `concurrency` companies at once.
    for (let round = 1; round <= rounds; round += 1) {
      const startsAt = at(round, '10:00');
      const outcome = await burst(companies.map((company) => ({ formatId: single.id, startsAt, organisationId: company.id, agenda })));
      errors5xx += outcome.errors5xx;
      console.error(`race ${round}: ${describe(outcome)}`);
    }
    // (b) a group session of capacity 10.
    const groupOutcome = await burst(
      companies.map((company) => ({ formatId: group.id, startsAt: at(rounds + 2, '10:00'), organisationId: company.id, agenda })),
    );
    errors5xx += groupOutcome.errors5xx;
    console.error(`group of 10: ${describe(groupOutcome)}`);

    // What the database holds: overlapping scheduled slots of one advisor, one-to-one slots with
    // more than one live booking, groups with more bookings or seats than capacity.
    const [{ overlaps }] = (await prisma.$queryRaw<Array<{ overlaps: number }>>`SELECT count(*)::int AS overlaps FROM "Slot" a JOIN "Slot" b
      ON a."advisorId" = b."advisorId" AND a.id < b.id AND a.status = 'SCHEDULED' AND b.status = 'SCHEDULED'
     AND tstzrange(a."blockedFrom", a."blockedUntil") && tstzrange(b."blockedFrom", b."blockedUntil")`) as [{ overlaps: number }];
    const [{ crowded }] = (await prisma.$queryRaw<Array<{ crowded: number }>>`SELECT count(*)::int AS crowded FROM (
      SELECT s.id FROM "Slot" s JOIN "Booking" b ON b."slotId" = s.id AND b.status <> 'CANCELLED'
       WHERE s."formatId" = ${single.id}::uuid GROUP BY s.id HAVING count(*) > 1) x`) as [{ crowded: number }];
    const [{ overbooked }] = (await prisma.$queryRaw<Array<{ overbooked: number }>>`SELECT count(*)::int AS overbooked FROM (
      SELECT s.id FROM "Slot" s LEFT JOIN "Booking" b ON b."slotId" = s.id AND b.status <> 'CANCELLED'
       WHERE s."formatId" = ${group.id}::uuid GROUP BY s.id HAVING count(b.id) > max(s.capacity) OR max(s."seatsTaken") > max(s.capacity)) x`) as [
      { overbooked: number },
    ];
    const [{ oneToOne }] = (await prisma.$queryRaw<
      Array<{ oneToOne: number }>
    >`SELECT count(*)::int AS "oneToOne" FROM "Booking" b JOIN "Slot" s ON s.id = b."slotId" WHERE s."formatId" = ${single.id}::uuid`) as [
      { oneToOne: number },
    ];
    console.error(
      `database: ${oneToOne} one-to-one bookings in ${rounds} races, ${overlaps} overlapping slots, ${crowded} crowded one-to-one slots, ${overbooked} overbooked groups`,
    );

    // (c) throughput on distinct slots (hourly, on days after the races), `concurrency` in flight, against the baseline.
    const ping = `{ me { id } }`;
    const timed = async (n: number, task: (i: number) => Promise<Response>) => {
      let next = 0;
      let failures = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: Math.min(20, n) }, async () => {
          for (let i = next++; i < n; i = next++) {
            const response = await task(i);
            const body = (await response.json()) as { errors?: unknown[] };
            if (response.status >= 500 || body.errors) failures += 1;
          }
        }),
      );
      return { rps: n / ((performance.now() - started) / 1000), failures };
    };
    const baseline = await timed(distinct, () => post(ping));
    const bookings = await timed(distinct, (i) =>
      post(BOOK, {
        input: {
          formatId: single.id,
          startsAt: at(rounds + 5 + Math.floor(i / 24), `${String(i % 24).padStart(2, '0')}:00`),
          organisationId: companies[i % companies.length]!.id,
          agenda,
        },
      }),
    );
    errors5xx += bookings.failures;
    console.error(
      `throughput: ${bookings.rps.toFixed(0)} bookings/s on ${distinct} distinct slots (20 in flight); baseline (signed-in "me" query): ${baseline.rps.toFixed(0)} requests/s; ratio ${(baseline.rps / bookings.rps).toFixed(1)}`,
    );
    console.log(
      `booking: races=${rounds} double_bookings=${overlaps + crowded} overbooked_groups=${overbooked} errors_5xx=${errors5xx} throughput_rps=${bookings.rps.toFixed(0)}`,
    );
  } finally {
    await app?.close();
    await db.drop();
  }
}

run(main);
