import { Catch, HttpException, HttpStatus, Logger, ServiceUnavailableException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ErrorCode } from '@wiw/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fromDatabaseOutage, RETRY_AFTER_SECONDS } from '../errors/database-unavailable';
import { DomainError } from '../errors/domain-error';
import { localeFromHeader, type Bilingual } from '../i18n/locale';

const API_PREFIXES = ['/graphql', '/health', '/account', '/audit', '/dev', '/calendar', '/workbench'];

/** Request-level errors (before GraphQL runs): body parsing, size, media type, unknown routes. */
const BY_STATUS: Partial<Record<number, { code: ErrorCode; messages: Bilingual }>> = {
  [HttpStatus.BAD_REQUEST]: {
    code: 'BAD_REQUEST',
    messages: { de: 'Die Anfrage ist ungültig (z. B. kein gültiges JSON).', en: 'The request is invalid (e.g. not valid JSON).' },
  },
  [HttpStatus.NOT_FOUND]: { code: 'NOT_FOUND', messages: { de: 'Diese Adresse gibt es nicht.', en: 'There is nothing at this address.' } },
  [HttpStatus.PAYLOAD_TOO_LARGE]: {
    code: 'PAYLOAD_TOO_LARGE',
    messages: { de: 'Die Anfrage ist zu groß.', en: 'The request body is too large.' },
  },
  [HttpStatus.URI_TOO_LONG]: { code: 'URI_TOO_LONG', messages: { de: 'Die Adresse ist zu lang.', en: 'The address is too long.' } },
  [HttpStatus.TOO_MANY_REQUESTS]: {
    code: 'TOO_MANY_REQUESTS',
    messages: {
      de: 'Zu viele Anfragen von Ihrer Adresse. Bitte warten Sie einen Moment.',
      en: 'Too many requests from your address. Please wait a moment.',
    },
  },
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    messages: {
      de: 'Dieser Inhaltstyp wird nicht unterstützt; bitte application/json senden.',
      en: 'Unsupported content type; please send application/json.',
    },
  },
};
const DOMAIN_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: HttpStatus.UNAUTHORIZED, FORBIDDEN: HttpStatus.FORBIDDEN };

const INTERNAL: { code: ErrorCode; messages: Bilingual } = {
  code: 'INTERNAL_SERVER_ERROR',
  messages: { de: 'Ein interner Fehler ist aufgetreten.', en: 'An internal error occurred.' },
};
const OTHER_CLIENT_ERROR: { code: ErrorCode; messages: Bilingual } = {
  code: 'BAD_REQUEST',
  messages: { de: 'Die Anfrage ist ungültig.', en: 'The request is invalid.' },
};

/** A rate limit's wait time, when the exception carries one. */
function retryAfterOf(exception: unknown): { retryAfterSeconds?: number } {
  const response = exception instanceof HttpException ? exception.getResponse() : null;
  const seconds = typeof response === 'object' && response !== null ? (response as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' ? { retryAfterSeconds: seconds } : {};
}

/** Fastify's malformed-URL refusal (FST_ERR_BAD_URL); its own answer would echo the address. */
const BAD_URL: { code: ErrorCode; messages: Bilingual } = {
  code: 'BAD_REQUEST',
  messages: { de: 'Die Adresse ist ungültig.', en: 'The address is invalid.' },
};

/**
 * Fastify's `frameworkErrors`: refusals raised by its router before any route or Nest filter runs
 * (a malformed percent-encoding, a path segment over the 100-character parameter limit, a failed
 * route constraint) get the same coded shape and language as every other error answer.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const locale = localeFromHeader(request.headers['accept-language']);
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : HttpStatus.BAD_REQUEST;
  const { code, messages } = error.code === 'FST_ERR_BAD_URL' ? BAD_URL : (BY_STATUS[status] ?? (status >= 500 ? INTERNAL : OTHER_CLIENT_ERROR));
  void reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message: messages[locale], extensions: { code } }] });
}

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Answers errors outside GraphQL execution in the GraphQL error shape: a stable
 * `extensions.code` and a message in the caller's language, never a stack trace. An unreachable
 * database is 503 SERVICE_UNAVAILABLE with Retry-After. A GET for an unknown path without file
 * extension is a page of the web client and gets index.html.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly hasWebClient: boolean) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL errors are formatted by Apollo (see format-error.ts); hand them back unchanged.
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const pathname = request.url.split('?')[0] ?? '/';
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;

    if (status === HttpStatus.NOT_FOUND && this.isPage(request.method, pathname)) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    if (exception instanceof ServiceUnavailableException && pathname === '/health/ready') {
      return reply.code(status).header('retry-after', String(RETRY_AFTER_SECONDS)).send(exception.getResponse());
    }
    const locale = localeFromHeader(request.headers['accept-language']);
    const outage = fromDatabaseOutage(exception);
    if (outage) {
      return this.json(reply)
        .code(HttpStatus.SERVICE_UNAVAILABLE)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ errors: [{ message: outage.messages[locale], extensions: { ...outage.details, code: outage.code } }] });
    }
    if (exception instanceof DomainError) {
      // Raised by guards on plain HTTP routes (e.g. UNAUTHENTICATED): keep code and message.
      const domainStatus = DOMAIN_STATUS[exception.code] ?? HttpStatus.BAD_REQUEST;
      return this.json(reply)
        .code(domainStatus)
        .send({ errors: [{ message: exception.messages[locale], extensions: { ...exception.details, code: exception.code } }] });
    }
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const { code, messages } = BY_STATUS[status] ?? (status >= 500 ? INTERNAL : OTHER_CLIENT_ERROR);
    return this.json(reply)
      .code(status)
      .send({ errors: [{ message: messages[locale], extensions: { ...retryAfterOf(exception), code } }] });
  }

  /** Errors are JSON even where the route declared another type (e.g. the CSV export). */
  private json(reply: FastifyReply): FastifyReply {
    return reply.removeHeader('content-disposition').type('application/json; charset=utf-8');
  }

  private isPage(method: string, pathname: string): boolean {
    return this.hasWebClient && (method === 'GET' || method === 'HEAD') && !isApiPath(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
  }
}
