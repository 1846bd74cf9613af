// Benchmark: the organisations directory through GraphQL over HTTP (Fastify + Apollo + DataLoaders
// + Prisma) against the same reads as raw SQL through the same Prisma client (the database alone),
// both measured in this run on one freshly seeded PostgreSQL database. Command: docs/PERFORMANCE.md.
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Prisma, type OrganisationKind, type PrismaClient, type SizeBand } from '@wiw/db';
import { createTestDatabase, testDatabaseKind } from '@wiw/db/testing';
import { foldText, organisationSearchText, searchTerms } from '@wiw/domain';
import { encodeCursor } from '../apps/api/src/common/pagination/cursor';
import { ms, positiveInt, run, startApi, stats, type Stats } from './support';

const WARMUP = 30;
const CHUNK = 2000;
const SEARCH_WORDS = [
  'Dortmund',
  'Siegen',
  'Lüdenscheid',
  'Olpe',
  'Soest',
  'Iserlohn',
  'Meschede',
  'metall',
  'logistik',
  'kunststoff',
  'werkzeug',
  'software',
  'gießerei',
  'draht',
  'Müller',
  'Schröder',
];
const FAMILIES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Becker',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Zimmermann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Krause',
  'Köhler',
  'Brinkmann',
  'Kemper',
  'Vollmer',
  'Hesse',
  'Stracke',
  'Bender',
  'Löhr',
  'Jung',
  'Wagener',
];
const TRADES: ReadonlyArray<readonly [trade: string, industry: string, kind: OrganisationKind]> = [
  ['Metallbau', 'Metallverarbeitung', 'COMPANY'],
  ['Präzisionsdrehteile', 'Metallbearbeitung', 'COMPANY'],
  ['Kunststofftechnik', 'Kunststoffverarbeitung', 'COMPANY'],
  ['Werkzeugbau', 'Werkzeugbau', 'COMPANY'],
  ['Logistik', 'Logistik', 'COMPANY'],
  ['Software', 'IT und Software', 'COMPANY'],
  ['Maschinenbau', 'Maschinenbau', 'COMPANY'],
  ['Umformtechnik', 'Umformtechnik', 'COMPANY'],
  ['Holzbau', 'Holzverarbeitung', 'COMPANY'],
  ['Gießerei', 'Gießerei', 'COMPANY'],
  ['Drahtwerk', 'Drahtherstellung', 'COMPANY'],
  ['Leuchten', 'Leuchtenherstellung', 'COMPANY'],
  ['Armaturen', 'Anlagenbau', 'COMPANY'],
  ['Datenanalyse', 'Künstliche Intelligenz', 'COMPANY'],
  ['Beratung', 'Unternehmensberatung', 'ADVISORY'],
  ['Bildungswerk', 'Aus- und Weiterbildung', 'EDUCATION'],
];
const LEGAL_FORMS = ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.'];
/** Verified, as the directory shows only verified organisations to the public. */
const VERIFIED_AT = new Date('2026-11-01T00:00:00Z');
const SIZE_BANDS: SizeBand[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
const DIRECTORY_QUERY = `query Directory($filter: OrganisationFilter, $after: String) {
  organisations(filter: $filter, first: 20, after: $after) { totalCount edges { node { name municipality { name } region { key } } } }
}`;

/** Deterministic pseudo-random numbers (mulberry32), so every run inserts and asks the same. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

async function insertOrganisations(prisma: PrismaClient, count: number): Promise<void> {
  const towns = await prisma.municipality.findMany({ select: { id: true, name: true, region: { select: { key: true, name: true } } } });
  for (let start = 0; start < count; start += CHUNK) {
    const rows: Prisma.OrganisationCreateManyInput[] = [];
    for (let i = start; i < Math.min(start + CHUNK, count); i++) {
      const town = pick(towns);
      const [trade, industry, kind] = pick(TRADES);
      const owner = random() < 0.2 ? `${pick(FAMILIES)} & ${pick(FAMILIES)}` : pick(FAMILIES);
      const name = random() < 0.15 ? `${trade} ${town.name} ${pick(LEGAL_FORMS)}` : `${owner} ${trade} ${pick(LEGAL_FORMS)}`;
      rows.push({
        slug: `bench-${i}`,
        name,
        kind,
        isFictional: true,
        municipalityId: town.id,
        industry,
        sizeBand: pick(SIZE_BANDS),
        verifiedAt: VERIFIED_AT,
        sortName: foldText(name),
        searchText: organisationSearchText({ name, municipality: town.name, industry, region: town.region }),
      });
    }
    await prisma.organisation.createMany({ data: rows });
    process.stderr.write(`\rinserting fictional organisations: ${start + rows.length}/${count}`);
  }
  process.stderr.write('\n');
  await prisma.$executeRaw`ANALYZE "Organisation"`;
}

interface DirectoryVariables {
  filter?: { search: string };
  after?: string;
}

async function graphqlDirectory(url: string, variables: DirectoryVariables): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DIRECTORY_QUERY, variables }),
  });
  const body = (await response.json()) as { data?: { organisations: { totalCount: number } } | null; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data.organisations.totalCount;
}

/**
 * What the service asks for one page, as the best hand-written SQL: 21 rows with their town (the
 * keyset as a row comparison) and the count, in one transaction as the service runs them.
 */
async function sqlDirectory(prisma: PrismaClient, where: Prisma.Sql, after: readonly [string, string] | null): Promise<number> {
  const keyset = after ? Prisma.sql`AND (o."sortName", o.id) > (${after[0]}, ${after[1]}::uuid)` : Prisma.empty;
  const [, [count]] = await prisma.$transaction([
    prisma.$queryRaw`SELECT o.*, m.name AS "municipalityName", m."regionKey" FROM "Organisation" o
      JOIN "Municipality" m ON m.id = o."municipalityId" WHERE ${where} AND o."verifiedAt" IS NOT NULL ${keyset} ORDER BY o."sortName", o.id LIMIT 21`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Organisation" o WHERE ${where} AND o."verifiedAt" IS NOT NULL`,
  ]);
  return count!.n;
}

interface Step {
  graphql(): Promise<number>;
  baseline(): Promise<number>;
}
interface Scenario {
  name: string;
  next(): Step;
}

async function measure(scenario: Scenario, requests: number): Promise<{ graphql: number[]; baseline: number[] }> {
  for (let i = 0; i < WARMUP; i++) {
    const step = scenario.next();
    const [viaGraphql, viaSql] = [await step.graphql(), await step.baseline()];
    if (viaGraphql !== viaSql) throw new Error(`${scenario.name}: totalCount ${viaGraphql} over GraphQL, ${viaSql} in SQL`);
  }
  const samples = { graphql: [] as number[], baseline: [] as number[] };
  const timed = async (run: () => Promise<number>, into: number[]) => {
    const start = performance.now();
    await run();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < requests; i++) {
    const step = scenario.next();
    // Interleaved, alternating which goes first, so drift and caching affect both sides alike.
    if (i % 2 === 0) await timed(step.graphql, samples.graphql).then(() => timed(step.baseline, samples.baseline));
    else await timed(step.baseline, samples.baseline).then(() => timed(step.graphql, samples.graphql));
  }
  return samples;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { orgs: { type: 'string', default: '20000' }, requests: { type: 'string', default: '300' } } });
  const extraOrgs = positiveInt(values.orgs, '--orgs');
  const requests = positiveInt(values.requests, '--requests');
  if (testDatabaseKind() !== 'postgres')
    throw new Error('This benchmark needs DATABASE_URL of a PostgreSQL server (run it through packages/db/bin/with-postgres.mjs).');

  const db = await createTestDatabase();
  let app: NestFastifyApplication | undefined;
  try {
    const prisma = db.database.prisma;
    await insertOrganisations(prisma, extraOrgs);
    const orgs = await prisma.organisation.count();
    const [deep] = await prisma.$queryRaw<Array<{ sortName: string; id: string }>>`
      SELECT "sortName", id::text FROM "Organisation" ORDER BY "sortName", id OFFSET ${Math.floor(orgs * 0.9)} LIMIT 1`;
    const deepAfter = [deep!.sortName, deep!.id] as const;
    const [{ version }] = await prisma.$queryRaw<[{ version: string }]>`SELECT split_part(version(), ' on ', 1) AS version`;

    const api = await startApi(db.database);
    app = api.app;
    const url = api.url;

    const all = Prisma.sql`TRUE`;
    const scenarios: Scenario[] = [
      {
        name: 'search (1 word)',
        next: () => {
          const word = pick(SEARCH_WORDS);
          // The word in each of its spellings ("Müller": mueller or muller), as the API asks.
          const spellings = searchTerms(word)[0]!.map((spelling) => Prisma.sql`o."searchText" LIKE ${`%${spelling}%`}`);
          const where = Prisma.sql`(${Prisma.join(spellings, ' OR ')})`;
          return { graphql: () => graphqlDirectory(url, { filter: { search: word } }), baseline: () => sqlDirectory(prisma, where, null) };
        },
      },
      { name: 'first page', next: () => ({ graphql: () => graphqlDirectory(url, {}), baseline: () => sqlDirectory(prisma, all, null) }) },
      {
        name: 'page at 90 %',
        next: () => ({
          graphql: () => graphqlDirectory(url, { after: encodeCursor(deepAfter) }),
          baseline: () => sqlDirectory(prisma, all, deepAfter),
        }),
      },
    ];

    console.log(`${version}; ${orgs} organisations (${extraOrgs} generated); ${requests} requests per scenario after ${WARMUP} warm-up`);
    console.log(
      `${'scenario'.padEnd(16)} ${'graphql p50/p99/mean ms'.padStart(24)} ${'baseline p50/p99/mean ms'.padStart(25)} ${'x p50'.padStart(6)} ${'x mean'.padStart(7)}`,
    );
    const pooled = { graphql: [] as number[], baseline: [] as number[] };
    const row = (name: string, g: Stats, b: Stats) =>
      console.log(
        `${name.padEnd(16)} ${[g.p50, g.p99, g.mean].map(ms).join(' / ').padStart(24)} ${[b.p50, b.p99, b.mean].map(ms).join(' / ').padStart(25)} ${(g.p50 / b.p50).toFixed(1).padStart(6)} ${(g.mean / b.mean).toFixed(1).padStart(7)}`,
      );
    for (const scenario of scenarios) {
      const samples = await measure(scenario, requests);
      pooled.graphql.push(...samples.graphql);
      pooled.baseline.push(...samples.baseline);
      row(scenario.name, stats(samples.graphql), stats(samples.baseline));
    }
    const [g, b] = [stats(pooled.graphql), stats(pooled.baseline)];
    row('all', g, b);
    console.log(`directory: p99_ms=${ms(g.p99)} baseline_p99_ms=${ms(b.p99)} orgs=${orgs}`);
  } finally {
    await app?.close();
    await db.drop();
  }
}

run(main);
