import { HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TryAgainError } from '../common/errors/try-again';
import { localeFromHeader } from '../common/i18n/locale';

const RETRY_AFTER_SECONDS = 2;

/**
 * Sheds load early: while `max` requests of this process are in progress, one more is answered at
 * once with 503, `Retry-After` and the code TRY_AGAIN instead of queueing behind them and being
 * answered late (or not at all). Health checks are never shed, so a busy replica is not mistaken
 * for a dead one. A place is given back when the response is finished or the client went away.
 */
export function registerLoadShedding(app: NestFastifyApplication, max: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  let inFlight = 0;
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/health/')) return;
    if (inFlight >= max) {
      const error = new TryAgainError(RETRY_AFTER_SECONDS);
      const locale = localeFromHeader(request.headers['accept-language']);
      return reply
        .code(HttpStatus.SERVICE_UNAVAILABLE)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .type('application/json; charset=utf-8')
        .send({ errors: [{ message: error.messages[locale], extensions: { ...error.details, code: error.code } }] });
    }
    inFlight += 1;
    let released = false;
    reply.raw.once('close', () => {
      if (released) return;
      released = true;
      inFlight -= 1;
    });
  });
}
