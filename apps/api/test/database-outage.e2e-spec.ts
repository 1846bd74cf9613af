import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createDatabase, type Database } from '@wiw/db';
import net from 'node:net';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';

/*
 * The database away while the portal runs: every answer is SERVICE_UNAVAILABLE ("try again
 * shortly"), fast, without internals — GraphQL as an error with that code, other routes as 503
 * with Retry-After. The app is pointed at a port where nothing listens, and at a server that
 * drops every connection as soon as it is made (a crashing or restarting PostgreSQL).
 */

interface OutageApp {
  url: string;
  app: NestFastifyApplication;
  database: Database;
}

async function startAgainst(port: number): Promise<OutageApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST_DIR: path.join(__dirname, 'support', 'no-web-client'),
  });
  const database = await createDatabase({ kind: 'postgres', url: `postgresql://wiw@127.0.0.1:${port}/wiw` });
  const app = await createApp(config, database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, app, database };
}

/** A port nothing listens on: bound once to get a free one, then closed. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const SERVICE_UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 };
const SESSION = '__Host-wiw_session=bm90LWEtcmVhbC10b2tlbi1idXQtd2VsbC1mb3JtZWQtMDAwMDA';

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

describe('PostgreSQL unreachable (nothing listens on its port)', () => {
  let outage: OutageApp;
  beforeAll(async () => {
    outage = await startAgainst(await deadPort());
  });
  afterAll(async () => {
    await outage.app.close();
    await outage.database.close();
  });

  it('answers 100 requests, 20 at a time, with SERVICE_UNAVAILABLE, without waiting for a timeout and without internals', async () => {
    const requests = [
      () => gql(outage.url, '{ topicFields { key title } }'),
      () => gql(outage.url, 'query($q: String) { organisations(first: 20, filter: { search: $q }) { totalCount } }', { q: 'Lüdenscheid' }),
      () => gql(outage.url, '{ me { id } }', {}, { cookie: SESSION }),
      () =>
        gql(outage.url, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
          input: { email: 'jemand@example.org', password: 'ein Passwort' },
        }),
    ];
    const replies: Array<Awaited<ReturnType<typeof gql>>> = [];
    let slowest = 0;
    for (let wave = 0; wave < 5; wave += 1) {
      const timed = Array.from({ length: 20 }, async (_, i) => {
        const started = Date.now();
        const reply = await requests[i % requests.length]!();
        slowest = Math.max(slowest, Date.now() - started);
        return reply;
      });
      replies.push(...(await Promise.all(timed)));
    }
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.body.errors?.map((error) => error.extensions)).toEqual([SERVICE_UNAVAILABLE]);
      expect(reply.body.errors?.[0]?.message).toBe('Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in Kürze erneut.');
      expect(reply.text).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|node_modules|\.ts:\d+|ECONN|127\.0\.0\.1|Prisma/);
    }
    // A refused connection fails at once: no request waits for the pool's 5 s connection timeout.
    expect(slowest).toBeLessThan(5_000);
  });

  it('says so in English on request', async () => {
    const reply = await gql(outage.url, '{ regions { key } }', {}, { 'accept-language': 'en' });
    expect(reply.body.errors?.[0]?.message).toBe('The service is unavailable right now. Please try again shortly.');
  });

  it('answers other routes with 503, Retry-After and the same coded JSON', async () => {
    const routes: Array<[string, Record<string, string>]> = [
      [`/calendar/${'a'.repeat(43)}.ics`, {}],
      ['/account/export.json', { cookie: SESSION }],
      ['/audit/export.csv', { cookie: SESSION, 'accept-language': 'en' }],
    ];
    for (const [route, headers] of routes) {
      const response = await fetch(`${outage.url}${route}`, { headers });
      expect([route, response.status, response.headers.get('retry-after'), response.headers.get('content-type')]).toEqual([
        route,
        503,
        '5',
        'application/json; charset=utf-8',
      ]);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0]!.extensions).toEqual(SERVICE_UNAVAILABLE);
    }
    const ready = await fetch(`${outage.url}/health/ready`);
    expect([ready.status, ready.headers.get('retry-after')]).toEqual([503, '5']);
    expect((await fetch(`${outage.url}/health/live`)).status).toBe(200);
  });
});

describe('PostgreSQL dropping every connection (crashing or restarting)', () => {
  let outage: OutageApp;
  let server: net.Server;
  beforeAll(async () => {
    server = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    outage = await startAgainst((server.address() as net.AddressInfo).port);
  });
  afterAll(async () => {
    await outage.app.close();
    await outage.database.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers SERVICE_UNAVAILABLE too', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => gql(outage.url, '{ topicFields { key } }')));
    for (const reply of replies) expect(reply.body.errors?.map((error) => error.extensions)).toEqual([SERVICE_UNAVAILABLE]);
    const feed = await fetch(`${outage.url}/calendar/${'b'.repeat(43)}.ics`);
    expect(feed.status).toBe(503);
  });
});
