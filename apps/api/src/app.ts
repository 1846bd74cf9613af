import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@wiw/db';
import { AppModule } from './app.module';
import { localizeRefusedRequest } from './common/errors/localize-errors.plugin';
import { createValidationPipe } from './common/errors/validation';
import { localeFromHeader } from './common/i18n/locale';
import { answerFrameworkError, HttpExceptionFilter } from './common/http/http-exception.filter';
import { REQUEST_ID_HEADER, requestIdOf } from './common/http/request-id';
import { registerAccessLog } from './common/logging/access-log';
import { createAppLogger } from './common/logging/app-logger';
import { nestLogLevels, type AppConfig } from './config/config';
import { registerMetrics } from './metrics';
import { registerLoadShedding } from './web/load-shedding';
import { registerRateLimit } from './web/rate-limit';
import { registerSecurityHeaders } from './web/security-headers';
import { serveWebClient } from './web/serve-web-client';

/** The Fastify adapter with the portal's limits; its router's own refusals answer in our error shape. */
export function createAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    frameworkErrors: answerFrameworkError,
    requestIdHeader: false,
    genReqId: requestIdOf,
  });
}

/** Creates the Nest application on Fastify (not listening yet); used by main and by e2e tests. */
export async function createApp(config: AppConfig, database: Database): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.create(config, database), createAdapter(config), {
    logger: createAppLogger(nestLogLevels(config.logLevel)),
    abortOnError: false,
    // From the first moment of a shutdown new requests get 503 while those in flight finish (see startup/graceful-shutdown.ts).
    return503OnClosing: true,
  });
  await bootstrap(app, config);
  return app;
}

/** Pipes, error handling and static web client: everything main and tests share. */
export async function bootstrap(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useGlobalPipes(createValidationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  fastify.addHook('onSend', async (request, reply, payload) =>
    reply.statusCode >= 400 && typeof payload === 'string' && request.url.startsWith('/graphql')
      ? localizeRefusedRequest(payload, localeFromHeader(request.headers['accept-language']))
      : payload,
  );
  registerAccessLog(app);
  registerLoadShedding(app, config.maxInFlightRequests);
  await registerMetrics(app, config);
  await registerSecurityHeaders(app);
  await registerRateLimit(app, config.rateLimitPerMinute);
  const hasWebClient = await serveWebClient(app, config.webDistDir);
  app.useGlobalFilters(new HttpExceptionFilter(hasWebClient));
  await app.init();
}
