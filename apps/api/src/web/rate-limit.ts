import rateLimit from '@fastify/rate-limit';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DatabasePool } from '@wiw/db';
import { DATABASE_POOL } from '../database/database.module';
import { databaseRateLimitStore } from './rate-limit-store';

/**
 * Requests per IP address and minute, for every route but the health checks (load balancers poll
 * them). On PostgreSQL the requests are counted in the database, so the limit holds across
 * replicas (see rate-limit-store.ts, also for what happens when the database does not count); on
 * the embedded PGlite database (one process) they are counted in this process.
 * Sign-in attempts have their own, stricter limit counted in the database.
 */
export async function registerRateLimit(app: NestFastifyApplication, perMinute: number): Promise<void> {
  const pool = app.get<DatabasePool | null>(DATABASE_POOL);
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    ...(pool ? { store: databaseRateLimitStore(pool) } : {}),
    keyGenerator: (request) => request.ip,
    allowList: (request) => request.url.startsWith('/health/'),
    // Answered by the HTTP exception filter in the usual error shape and the caller's language.
    errorResponseBuilder: (_request, context) =>
      new HttpException({ retryAfterSeconds: Math.ceil(context.ttl / 1000) }, HttpStatus.TOO_MANY_REQUESTS),
  });
}
