import type { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@wiw/db';

/**
 * SIGTERM (or SIGINT, Ctrl-C) stops the portal gracefully. With `drainSeconds` (behind a load
 * balancer) it first keeps serving that long while `/health/ready` answers 503 and every answer
 * closes its connection, so the balancer takes the replica out before anything is refused. Then
 * the server stops accepting connections
 * (new requests on open ones get 503), requests in flight finish and their connections close
 * (`Connection: close`, so no keep-alive connection holds the shutdown up), the background jobs
 * finish the batch or refresh they are running (their shutdown hooks), then the database pool
 * closes; exit code 0. If that takes longer than `timeoutSeconds`, the process exits with code 1
 * anyway. A second Ctrl-C (SIGINT) during shutdown exits at once; a repeated SIGTERM changes
 * nothing. Call before `listen` (it adds a hook).
 */
export function stopGracefullyOnSignals(
  app: NestFastifyApplication,
  database: Database,
  { timeoutSeconds, drainSeconds }: { timeoutSeconds: number; drainSeconds: number },
  logger: Logger,
): void {
  let stopping = false;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (stopping && request.url.split('?')[0] === '/health/ready') {
      await reply.code(503).header('connection', 'close').send({ status: 'stopping' });
    }
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (stopping) reply.header('connection', 'close');
  });
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      if (signal !== 'SIGINT') return;
      console.error('SIGINT during shutdown: exiting now.');
      process.exit(1);
    }
    stopping = true;
    logger.log(
      `${signal}: shutting down${drainSeconds ? ` after a ${drainSeconds} s drain (not ready, still serving)` : ''}; requests in flight and running jobs may take up to ${timeoutSeconds} s …`,
    );
    setTimeout(() => {
      console.error(`Shutdown took longer than ${timeoutSeconds} s (SHUTDOWN_TIMEOUT_SECONDS): exiting anyway.`);
      process.exit(1);
    }, timeoutSeconds * 1000).unref();
    new Promise((resolve) => setTimeout(resolve, drainSeconds * 1000))
      .then(() => app.close())
      .then(() => database.close())
      .then(
        () => {
          logger.log('Stopped.');
          process.exit(0);
        },
        (error: unknown) => {
          console.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
