import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What we accept from a caller (a proxy's or client's id): plain characters only, so it is safe in logs and CSV. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when it is a plain token (a reverse proxy's or
 * a client's, so one id follows the request through every hop), otherwise a new UUID, unique
 * across restarts and replicas. Fastify stores it as `request.id`; the audit log records it, and
 * every response echoes it.
 */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
}
