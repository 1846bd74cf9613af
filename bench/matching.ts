// Benchmark: top-20 matches for random needs at 100k needs × 100k offers, through the GraphQL API
// (HTTP, signed in) against the same SQL statement sent directly through the same Prisma client,
// both measured in this run on one PostgreSQL database. Command and figures: docs/PERFORMANCE.md.
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateScaleData, insertScaleData } from '@wiw/db';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { berlinDate, LEVEL_FIT_TENTHS, SKILL_WEIGHT, type SkillLevel, type SkillWeight } from '@wiw/domain';
import { seedDemoAccounts } from '../apps/api/src/accounts/demo-accounts';
import { PasswordHasher } from '../apps/api/src/accounts/password';
import { needCredits } from '../apps/api/src/matchmaking/matching/matching.service';
import { ID_SLICES, mergeRanked, offersForNeedSql } from '../apps/api/src/matchmaking/matching/matching.sql';
import { demoSessionCookie, ms, positiveInt, run, startApi, stats } from './support';

const WARMUP = 20;
const TOP = 20;
const MATCHES_QUERY = `query Matches($needId: ID!, $first: Int!) {
  needMatches(needId: $needId, first: $first) {
    score distanceKm availabilityGapDays requiredShared requiredTotal crossRegion
    sharedSkills { label } missingSkills { label } offer { id title kind municipality { name } }
  }
}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      needs: { type: 'string', default: '100000' },
      offers: { type: 'string', default: '100000' },
      requests: { type: 'string', default: '200' },
      seed: { type: 'string', default: '42' },
    },
  });
  const [needs, offers, requests, seed] = [
    positiveInt(values.needs, '--needs'),
    positiveInt(values.offers, '--offers'),
    positiveInt(values.requests, '--requests'),
    positiveInt(values.seed, '--seed'),
  ];
  if (testDatabaseKind() !== 'postgres')
    throw new Error('This benchmark needs DATABASE_URL of a PostgreSQL server (run it through packages/db/bin/with-postgres.mjs).');

  const db = await createTestDatabase();
  let app: NestFastifyApplication | undefined;
  try {
    const prisma = db.database.prisma;
    const started = Date.now();
    const [skills, municipalities] = await Promise.all([
      prisma.skill.findMany({ select: { id: true, slug: true, category: true }, orderBy: { slug: 'asc' } }),
      prisma.municipality.findMany({ select: { id: true, name: true }, orderBy: [{ regionKey: 'asc' }, { name: 'asc' }] }),
    ]);
    const data = generateScaleData({ skills, municipalities, today: new Date() }, { needs, offers, seed });
    await insertScaleData(prisma, data, (done, total, what) => {
      if (done === total) process.stderr.write(`inserted ${total} ${what}\n`);
    });
    console.error(`scale data ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await seedDemoAccounts(prisma, new PasswordHasher());

    const api = await startApi(db.database, { RATE_LIMIT_PER_MINUTE: '100000' });
    app = api.app;
    const cookie = await demoSessionCookie(api.url, 'geschaeftsstelle@demo.example.org');

    // 200 random open needs (deterministic: ordered by id, then every k-th).
    const open = data.needs
      .filter((need) => need.status === 'OPEN')
      .map((need) => need.id)
      .sort();
    const step = Math.max(1, Math.floor(open.length / (requests + WARMUP)));
    const chosen = Array.from({ length: requests + WARMUP }, (_, i) => open[(i * step) % open.length]!);
    const today = berlinDate();

    const viaGraphql = async (needId: string): Promise<string[]> => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: MATCHES_QUERY, variables: { needId, first: TOP } }),
      });
      const body = (await response.json()) as { data?: { needMatches: Array<{ offer: { id: string } }> }; errors?: unknown[] };
      if (!response.ok || body.errors || !body.data) throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body.errors)}`);
      return body.data.needMatches.map((match) => match.offer.id);
    };
    // The same SQL statements MatchingService.offersForNeed sends: the need, its skills, the ranking (per id slice).
    const viaSql = async (needId: string): Promise<string[]> => {
      const [need] = await prisma.$queryRaw<Array<{ organisationId: string }>>`SELECT "organisationId" FROM "SkillNeed" WHERE id = ${needId}::uuid`;
      const skills = await prisma.$queryRaw<
        Array<{ skillId: string; weight: SkillWeight; level: SkillLevel }>
      >`SELECT ns."skillId", ns.weight, ns.level
        FROM "NeedSkill" ns JOIN "Skill" s ON s.id = ns."skillId" WHERE ns."needId" = ${needId}::uuid ORDER BY ns.weight, s."labelDe"`;
      const totalUnits = skills.reduce((sum, skill) => sum + SKILL_WEIGHT[skill.weight] * LEVEL_FIT_TENTHS.atLeast, 0);
      const credits = needCredits(skills);
      // Both id slices side by side, merged, as MatchingService does.
      const slices = await Promise.all(
        ID_SLICES.map((slice) =>
          prisma.$queryRaw<Array<{ id: string; score: number }>>(
            offersForNeedSql(needId, need!.organisationId, credits, totalUnits, today, TOP, slice),
          ),
        ),
      );
      return mergeRanked(slices, TOP).map((row) => row.id);
    };

    const samples = { graphql: [] as number[], raw: [] as number[] };
    let matched = 0;
    for (const [index, needId] of chosen.entries()) {
      const timed = async <T>(work: () => Promise<T>, into: number[] | null): Promise<T> => {
        const start = performance.now();
        const result = await work();
        if (into) into.push(performance.now() - start);
        return result;
      };
      const measured = index >= WARMUP;
      // Interleaved, alternating which goes first, so caching affects both alike.
      const first = index % 2 === 0;
      const a = await timed(first ? () => viaGraphql(needId) : () => viaSql(needId), measured ? (first ? samples.graphql : samples.raw) : null);
      const b = await timed(first ? () => viaSql(needId) : () => viaGraphql(needId), measured ? (first ? samples.raw : samples.graphql) : null);
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`Different rankings for need ${needId} over GraphQL and in SQL`);
      matched += a.length;
    }
    const [g, r] = [stats(samples.graphql), stats(samples.raw)];
    const [{ version }] = await prisma.$queryRaw<[{ version: string }]>`SELECT split_part(version(), ' on ', 1) AS version`;
    console.log(
      `${version}; ${needs} needs (${data.needSkills.length} skills), ${offers} offers (${data.offerSkills.length} skills); top ${TOP} for ${requests} needs after ${WARMUP} warm-up; ${(matched / chosen.length).toFixed(1)} matches per need`,
    );
    console.log(`graphql (HTTP, signed in): p50 ${ms(g.p50)} ms, p95 ${ms(g.p95)} ms, p99 ${ms(g.p99)} ms`);
    console.log(`raw SQL (same statement): p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, p99 ${ms(r.p99)} ms`);
    console.log(`ratio p50 ${(g.p50 / r.p50).toFixed(2)}, p99 ${(g.p99 / r.p99).toFixed(2)}`);
    console.log(`matching: p99_ms=${ms(g.p99)} raw_p99_ms=${ms(r.p99)} ratio=${(g.p99 / r.p99).toFixed(2)}`);
  } finally {
    await app?.close();
    await db.drop();
  }
}

run(main);
