import rateLimit from '@fastify/rate-limit';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Requests per IP address and minute, for every route but the health checks (load balancers poll
 * them). Counted in this process: with several replicas the effective limit is per replica.
 * Sign-in attempts have their own, stricter limit counted in the database.
 */
export async function registerRateLimit(app: NestFastifyApplication, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.ip,
    allowList: (request) => request.url.startsWith('/health/'),
    // Answered by the HTTP exception filter in the usual error shape and the caller's language.
    errorResponseBuilder: (_request, context) =>
      new HttpException({ retryAfterSeconds: Math.ceil(context.ttl / 1000) }, HttpStatus.TOO_MANY_REQUESTS),
  });
}
