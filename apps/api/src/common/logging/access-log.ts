import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * One access line per request, after its response: request id, method, route pattern (or the path
 * without its query, which may hold tokens), status and milliseconds. Fastify's own request lines
 * stay off (the adapter has no Fastify logger).
 */
export function registerAccessLog(app: NestFastifyApplication): void {
  const logger = new Logger('HTTP');
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      logger.log({
        msg: 'request',
        reqId: request.id,
        method: request.method,
        url: request.routeOptions.url ?? request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      });
    });
}
