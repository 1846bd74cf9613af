import { Logger } from '@nestjs/common';
import { DomainError } from './domain-error';

/** How long a client should wait before trying again while the database is away (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/** The database cannot be reached right now: not the client's fault, and not a bug either. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';

  constructor() {
    super(
      {
        de: 'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in Kürze erneut.',
        en: 'The service is unavailable right now. Please try again shortly.',
      },
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  }
}

/** Prisma's codes for "cannot reach / lost the server / timed out waiting for it". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) of the same. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
]);
/** SQLSTATEs: connection exceptions (08…), server shutting down or starting (57P01–57P03), too many connections, database gone. */
const SQLSTATE = /^(08\w{3}|57P0[123]|53300|3D000)$/;
/** Socket errors of node-pg. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Errors node-pg and PGlite raise without a code (a closed pool or PGlite: the database is gone for this process). */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|PGlite is closed|Cannot use a pool after calling end/i;

type Inspectable = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

function unavailable(error: Inspectable): boolean {
  if (typeof error.code === 'string' && (PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code) || SQLSTATE.test(error.code))) return true;
  if (typeof error.kind === 'string' && ADAPTER_KINDS.has(error.kind)) return true;
  if (typeof error.originalCode === 'string' && SQLSTATE.test(error.originalCode)) return true;
  return typeof error.message === 'string' && MESSAGES.test(error.message);
}

/**
 * True when `error` means the database is unreachable (down, restarting, dropped, connections
 * exhausted) rather than that a query was wrong. Looks through Prisma's wrappers: its own code,
 * the driver adapter's error in `meta`, and `cause` chains. The one place that decides it, so the
 * GraphQL error format and the HTTP filter answer alike (and metrics can count it here).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let steps = 0; pending.length > 0 && steps < 10; steps += 1) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null) continue;
    const inspectable = current as Inspectable;
    if (unavailable(inspectable)) return true;
    const meta = inspectable.meta as { driverAdapterError?: { cause?: unknown } } | undefined;
    pending.push(meta?.driverAdapterError?.cause, inspectable.cause);
  }
  return false;
}

const logger = new Logger('Database');
const LOG_EVERY_MS = 10_000;
let lastLogged = 0;

/**
 * The answer for an error the database's absence caused, or null for any other error. An outage
 * fails every request: it is logged as one warning line per 10 s, not a stack trace per request.
 */
export function fromDatabaseOutage(error: unknown): ServiceUnavailableError | null {
  if (!isDatabaseUnavailable(error)) return null;
  const now = Date.now();
  if (now - lastLogged >= LOG_EVERY_MS) {
    lastLogged = now;
    const text = error instanceof Error ? error.message.trim().split('\n').at(-1) : String(error);
    logger.warn(`Database unavailable, answering SERVICE_UNAVAILABLE: ${text}`);
  }
  return new ServiceUnavailableError();
}
