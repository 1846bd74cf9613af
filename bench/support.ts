// Shared pieces of the benchmarks: percentiles, argument checks, the real API on a port.
import 'reflect-metadata';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database, PrismaClient } from '@wiw/db';
import { DEMO_PASSWORD } from '../apps/api/src/accounts';
import { seedDemoAccounts } from '../apps/api/src/accounts/demo-accounts';
import { PasswordHasher } from '../apps/api/src/accounts/password';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length };
}

export const ms = (x: number): string => x.toFixed(1);

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} expects a positive integer, got "${value}"`);
  return n;
}

/** The real API (createApp: Fastify + Apollo) on a random local port, in this process. */
export async function startApi(database: Database, env: Record<string, string> = {}): Promise<{ app: NestFastifyApplication; url: string }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: path.join(__dirname, 'no-web-client'), ...env });
  const app = await createApp(config, database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('The API did not report a TCP port.');
  return { app, url: `http://127.0.0.1:${address.port}/graphql` };
}

/** Signs a demo account in (the demo password) and returns its session cookie. */
export async function demoSessionCookie(url: string, email: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(input: { email: "${email}", password: "${DEMO_PASSWORD}" }) { id } }` }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`Signing in failed (${response.status}): ${await response.text()}`);
  return cookie;
}

/** Loads the demo accounts and makes the demo advisor available every day around the clock; returns the advisor with memberships. */
export async function demoAdvisorAroundTheClock(prisma: PrismaClient) {
  await seedDemoAccounts(prisma, new PasswordHasher());
  const advisor = await prisma.user.findUniqueOrThrow({ where: { email: 'beratung@demo.example.org' }, include: { memberships: true } });
  await prisma.availabilityRule.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ advisorId: advisor.id, weekday, startMinute: 0, endMinute: 1440 })),
  });
  return advisor;
}

/** Explicit exit: the wasm migration engine leaves a timer running for a while. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
