import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database, Locale } from '@wiw/db';
import { createTestDatabase, type TestDatabase } from '@wiw/db/testing';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { MailWorker } from '../../src/mail/mail.worker';
import { OutboxService } from '../../src/mail/outbox.service';

/*
 * The mail specs' own applications: each with its configuration (SMTP server, production, log
 * transport) on its own throwaway database, closed and dropped after each test.
 */

export interface MailApp {
  app: NestFastifyApplication;
  url: string;
  outbox: OutboxService;
  worker: MailWorker;
}

export const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export async function testDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  cleanups.push(() => db.drop());
  return db;
}

export async function startMailApp(database: Database, env: Record<string, string> = {}): Promise<MailApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://portal.test',
    WEB_DIST_DIR: path.join(__dirname, 'no-web-client'),
    ...env,
  });
  const app = await createApp(config, database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  cleanups.push(() => app.close());
  const address = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${address.port}`, outbox: app.get(OutboxService), worker: app.get(MailWorker) };
}

export const unique = (): string => randomBytes(5).toString('hex');

export async function signedIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }',
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads the answer's shape itself
export type Answer = { data: any; errors?: Array<{ extensions?: { code?: string } }> };
export async function post(
  url: string,
  cookie: string,
  query: string,
  headers: Record<string, string> = {},
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

export function verifyEmail(recipient: string, locale: Locale, name = 'Anna Schäfer') {
  return { template: 'verify-email' as const, recipient, locale, payload: { name, link: `http://portal.test/verify-email?token=${unique()}&x=1` } };
}

export async function messagesTo(database: Database, recipient: string) {
  return database.prisma.outboxMessage.findMany({ where: { recipient } });
}

/* ---------- tests ---------- */
