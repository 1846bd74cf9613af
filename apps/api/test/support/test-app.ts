import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@wiw/db';
import { createTestDatabase, type TestDatabase } from '@wiw/db/testing';
import path from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
  };
  text: string;
}

export interface TestApp {
  readonly url: string;
  readonly db: TestDatabase;
  readonly app: NestFastifyApplication;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A valid production configuration for tests: the embedded-database opt-in (tests hand the app its
 * database themselves), an https public address and mail only logged, never delivered.
 */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  ALLOW_EMBEDDED_DATABASE: 'true',
  PUBLIC_URL: 'https://portal.test',
  MAIL_TRANSPORT: 'log',
} as const;

/**
 * The real application on a real database of its own (a copy of the seeded template), listening
 * on a random local port; tests talk to it over HTTP only.
 */
export async function startTestApp(options: { webDistDir?: string; env?: Record<string, string>; database?: Database } = {}): Promise<TestApp> {
  // A database handed in belongs to the caller: close() leaves it open.
  const db: TestDatabase = options.database ? { database: options.database, url: null, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: options.webDistDir ?? path.join(__dirname, 'no-web-client'),
    ...options.env,
  });
  const app = await createApp(config, db.database);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  return {
    url,
    db,
    app,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text) as GraphQLResponse<T>['body'], text };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The data of a response that must not have errors (fails with the errors otherwise). */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.body.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}
