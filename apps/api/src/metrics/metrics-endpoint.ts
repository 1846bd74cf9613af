import { createServer, type Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config';
import { Metrics } from './metrics';

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Times every HTTP request by route pattern and exposes the metrics, never publicly: on their own
 * port (METRICS_PORT, on HOST, not routed by the reverse proxy) or at /metrics behind a bearer
 * token (METRICS_TOKEN). With neither there is no metrics endpoint at all, and the start says so.
 */
export async function registerMetrics(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('Metrics');
  const metrics = app.get(Metrics);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (request, reply) => {
    const status = `${Math.floor(reply.statusCode / 100)}xx`;
    metrics.httpDuration.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status }, reply.elapsedTime / 1000);
  });
  const { port, token } = config.metrics;
  if (token) {
    fastify.get('/metrics', async (request, reply) => {
      if (!sameToken(request.headers.authorization, token))
        return reply
          .code(404)
          .type('application/json')
          .send({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  if (port !== undefined) {
    const server = await listenForScrapes(metrics, port, config.host);
    fastify.addHook('onClose', async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
    const address = server.address();
    logger.log(
      `Metrics on port ${typeof address === 'object' && address ? address.port : port} (GET /metrics)${token ? ' and at /metrics with METRICS_TOKEN' : ''}`,
    );
  } else if (token) {
    logger.log('Metrics at /metrics with the bearer token METRICS_TOKEN');
  } else {
    logger.log('Metrics: off (set METRICS_PORT or METRICS_TOKEN to expose them; never public without one)');
  }
}

function listenForScrapes(metrics: Metrics, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
