import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, type GraphQLField } from 'graphql';
import { accountsClient, type Reply } from './support/accounts';
import { fuzzCases, type FuzzCase } from './support/schema-fuzz';
import { startTestApp, type TestApp } from './support/test-app';
import { berlinAt, workbenchScene } from './support/workbench';

/*
 * Every root operation with arguments, every argument and input field below it, each with
 * malformed values (wrong types, null, 10,001 characters, NUL, lone surrogates, huge numbers,
 * unknown enum values, ids of nothing or not ids at all, far dates, naive date-times), sent through
 * the real endpoint by one person who holds every role and owns what the ids point to. The cases
 * come from the running app's schema (test/support/schema-fuzz.ts), so operations added later are fuzzed
 * without editing this file. Every answer must be coded, never INTERNAL_SERVER_ERROR nor a 5xx.
 */

let t: TestApp;
let cases: FuzzCase[];
let cookie: string;

const CONCURRENCY = 6;

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
  const prisma = t.db.database.prisma;
  const dortmund = (await prisma.municipality.findFirstOrThrow({ where: { name: 'Dortmund' } })).id;
  const client = accountsClient(
    () => t,
    () => dortmund,
  );
  const { advisor, format, company } = workbenchScene(() => t, client);

  // Someone else's format to book, and the fuzzing person: every platform role, advisor at IHK Siegen, owner of a verified company.
  const other = await advisor();
  const bookable = await format(other.cookie, other.organisationId);
  const me = await company();
  cookie = me.cookie;
  await prisma.userRole.createMany({ data: (['ADMIN', 'COORDINATOR', 'OFFICIAL', 'ADVISOR'] as const).map((role) => ({ userId: me.id, role })) });
  const ihk = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'ihk-siegen' } });
  await prisma.membership.create({ data: { userId: me.id, organisationId: ihk.id, role: 'MEMBER' } });
  const ownFormat = await format(me.cookie, ihk.id, { title: 'Eigene Sprechstunde' });
  const skillId = (await prisma.skill.findFirstOrThrow({ orderBy: { slug: 'asc' } })).id;
  const entry = { title: 'Prüfbedarf', description: 'Für den Fuzz-Test.', municipalityId: dortmund, skills: [{ skillId, level: 'BASIC' }] };
  const idOf = (reply: Reply, field: string): string => {
    const created = reply.body.data?.[field] as { id: string } | undefined;
    if (!created) throw new Error(`${field} failed: ${JSON.stringify(reply.body.errors)}`);
    return created.id;
  };
  const create = async (field: string, type: string, input: Record<string, unknown>) =>
    idOf(await client.call(`mutation($input: ${type}!) { ${field}(input: $input) { id } }`, { input }, me.cookie), field);
  const needId = await create('createNeed', 'CreateNeedInput', {
    ...entry,
    organisationId: me.organisationIds[0],
    headcount: 1,
    kind: 'PROJECT',
    remoteMode: 'REMOTE',
    topicField: 'RECOVERY',
    skills: [{ skillId, level: 'BASIC', weight: 'REQUIRED' }],
  });
  const offerId = await create('createOffer', 'CreateOfferInput', {
    ...entry,
    kind: 'ADVISORY',
    organisationId: me.organisationIds[0],
    radiusKm: 50,
    availableFrom: '2027-01-01',
    remoteWilling: true,
  });
  const bookingId = await create('bookConsultation', 'BookConsultationInput', {
    formatId: bookable,
    startsAt: berlinAt(5, '10:00'),
    organisationId: me.organisationIds[0],
    agenda: 'Agenda für den Fuzz-Test.',
  });

  // Ids by argument name, and `id` by what the operation returns; anything else: an id of nothing.
  const byName: Record<string, string> = {
    organisationId: me.organisationIds[0]!,
    municipalityId: dortmund,
    skillId,
    skillIds: skillId,
    formatId: bookable,
    needId,
    offerId,
    userId: me.id,
  };
  const byType: Record<string, string> = {
    Booking: bookingId,
    SkillNeed: needId,
    SkillOffer: offerId,
    ConsultationFormat: ownFormat,
    Organisation: me.organisationIds[0]!,
  };
  const idFor = (name: string, root: GraphQLField<unknown, unknown>) =>
    byName[name] ?? (name === 'id' ? byType[getNamedType(root.type).name] : undefined) ?? '00000000-0000-4000-8000-000000000000';

  // The running app's own schema (the one schema.graphql is emitted from).
  cases = fuzzCases(t.app.get(GraphQLSchemaHost).schema, { idFor });
}, 120_000);

afterAll(async () => {
  await t.close();
});

interface Outcome {
  status: number;
  codes: string[];
  messages: unknown[];
}

async function send(fuzz: FuzzCase): Promise<Outcome> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: fuzz.query, variables: fuzz.variables }),
  });
  const body = (await response.json()) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
  return {
    status: response.status,
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
    messages: (body.errors ?? []).map((error) => error.message),
  };
}

/** What is wrong with an answer, or null. */
function judge(fuzz: FuzzCase, outcome: Outcome): string | null {
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  if (outcome.codes.some((code) => code === 'undefined' || code === 'INTERNAL_SERVER_ERROR')) return `codes ${outcome.codes.join(', ')}`;
  if (outcome.messages.some((message) => typeof message !== 'string' || message.length === 0)) return 'an error without message';
  if (fuzz.expect !== 'any' && outcome.codes.length === 0) return 'accepted';
  if (fuzz.expect === 'input' && outcome.codes[0] !== 'BAD_USER_INPUT') return `${outcome.codes[0]} instead of BAD_USER_INPUT`;
  return null;
}

it('answers every malformed argument of every operation with a coded error', async () => {
  const operations = new Set(cases.map((fuzz) => fuzz.label.split('(')[0]));
  expect(operations.size).toBeGreaterThan(60);
  expect(cases.length).toBeGreaterThan(1500);

  const problems: string[] = [];
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cases.length) {
        const fuzz = cases[next++]!;
        const problem = judge(fuzz, await send(fuzz));
        if (problem) problems.push(`${fuzz.label}: ${problem}`);
      }
    }),
  );
  console.log(`[fuzz] ${cases.length} malformed requests to ${operations.size} operations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(problems.sort()).toEqual([]);
}, 300_000);
