import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@wiw/db';
import { createTestDatabase, type TestDatabase } from '@wiw/db/testing';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';

/** Counts the database operations one request causes, through a Prisma client extension. */
let db: TestDatabase;
let app: NestFastifyApplication;
let url: string;
let operations = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const counting = db.database.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        operations += 1;
        return query(args);
      },
    },
  });
  const database = { ...db.database, prisma: counting } as unknown as Database;
  app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: path.join(__dirname, 'none') }), database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}/graphql` : '';
});

afterAll(async () => {
  await app.close();
  await db.drop();
});

async function countOperations(query: string): Promise<number> {
  operations = 0;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  return operations;
}

describe('relations go through per-request DataLoaders', () => {
  it('loads five fields with all projects, leads, partners, regions and milestones in a fixed number of queries', async () => {
    const count = await countOperations(`{
      topicFields { key progress projects { title progress lead { name region { key } } partners { name municipality { name } } milestones { title } } }
    }`);
    // fields, projects, milestones, participants, organisations, municipalities, regions
    expect(count).toBeLessThanOrEqual(7);
  });

  it('does not grow with the page size of the directory', async () => {
    const query = (first: number) =>
      `{ organisations(first: ${first}) { edges { node { name municipality { name } region { key } participations { role project { title } } } } } }`;
    const small = await countOperations(query(2));
    const large = await countOperations(query(40));
    expect(large).toBe(small);
  });
});

describe('the next free slot of consultation formats', () => {
  it('is computed for a whole page at once, in either order', async () => {
    const prisma = db.database.prisma;
    const users = await prisma.user.findMany({ take: 4, orderBy: { email: 'asc' } });
    const organisation = await prisma.organisation.findFirstOrThrow();
    for (const [i, user] of users.entries()) {
      await prisma.availabilityRule.create({ data: { advisorId: user.id, weekday: (i % 7) + 1, startMinute: 480, endMinute: 600 } });
      await prisma.consultationFormat.create({
        data: {
          advisorId: user.id,
          organisationId: organisation.id,
          title: `Format ${i}`,
          description: 'Zählt Abfragen.',
          topicFieldKey: 'IT_COMPETENCE',
          durationMinutes: 30,
          mode: 'REMOTE',
          meetingLink: 'https://meet.example.org/x',
          capacity: 1 + i,
          searchText: `format ${i}`,
        },
      });
    }
    for (const order of ['NEWEST', 'NEXT_FREE_SLOT']) {
      const query = (first: number) =>
        `{ consultationFormats(first: ${first}, orderBy: ${order}) { edges { node { title nextFreeSlot advisor { name } } } } }`;
      expect(await countOperations(query(4))).toBe(await countOperations(query(1)));
    }
  });
});
