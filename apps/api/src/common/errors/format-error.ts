import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode, type ErrorCode } from '@wiw/domain';
import type { GraphQLFormattedError } from 'graphql';
import type { Bilingual } from '../i18n/locale';
import { fromDatabaseOutage } from './database-unavailable';
import { fromOverload } from './try-again';
import { DomainError, InternalError } from './domain-error';
import { fromHttpException } from './http-exceptions';
import { fromPrismaError } from './prisma-errors';

/** Errors Apollo and graphql-js raise themselves, with their messages in our two languages. */
const REQUEST_ERRORS: Partial<Record<ErrorCode, Bilingual>> = {
  GRAPHQL_PARSE_FAILED: {
    de: 'Die GraphQL-Anfrage ist syntaktisch fehlerhaft.',
    en: 'The GraphQL request could not be parsed.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    de: 'Die GraphQL-Anfrage passt nicht zum Schema.',
    en: 'The GraphQL request does not match the schema.',
  },
  BAD_USER_INPUT: { de: 'Ungültige Eingabe.', en: 'Invalid input.' },
  BAD_REQUEST: { de: 'Die Anfrage ist ungültig.', en: 'The request is invalid.' },
  OPERATION_RESOLUTION_FAILURE: {
    de: 'Die auszuführende Operation konnte nicht bestimmt werden.',
    en: 'The operation to run could not be determined.',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    de: 'Gespeicherte Anfragen werden nicht unterstützt.',
    en: 'Persisted queries are not supported.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    de: 'Gespeicherte Anfragen werden nicht unterstützt.',
    en: 'Persisted queries are not supported.',
  },
};

export function requestErrorMessages(code: unknown): Bilingual | undefined {
  return isErrorCode(code) ? REQUEST_ERRORS[code] : undefined;
}

/** The English text of each formatted error, for the plugin that answers in the caller's language. */
const translations = new WeakMap<object, Bilingual>();

export function translationOf(error: GraphQLFormattedError): Bilingual | undefined {
  return translations.get(error);
}

function formatted(source: GraphQLFormattedError, code: ErrorCode, messages: Bilingual, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  const result: GraphQLFormattedError = {
    message: messages.de,
    ...(source.locations ? { locations: source.locations } : {}),
    ...(source.path ? { path: source.path } : {}),
    extensions: { ...extra, code },
  };
  translations.set(result, messages);
  return result;
}

const logger = new Logger('GraphQL');

/** The DomainError behind an error, looking through GraphQL's wrappers (validation rules wrap theirs). */
function domainErrorIn(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let level = 0; level < 5 && current; level += 1) {
    if (current instanceof DomainError) return current;
    current = current instanceof Error && 'originalError' in current ? (current as { originalError?: unknown }).originalError : undefined;
  }
  return null;
}

/**
 * The one place where errors become responses: domain errors keep their code and details,
 * Apollo's request errors get a stable code and a translated message (graphql-js's own text is
 * kept as `detail` outside production — in production it is dropped, since its "Did you mean …?"
 * suggestions would reveal the schema that introspection hides), an unreachable database is
 * SERVICE_UNAVAILABLE, no connection in time is TRY_AGAIN, everything else is logged and answered as INTERNAL_SERVER_ERROR without
 * internals. Messages are German here; the localize
 * plugin switches to English per request.
 */
export function createFormatError(options: { exposeDetails: boolean }) {
  return (source: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domain =
      domainErrorIn(original) ?? fromDatabaseOutage(original) ?? fromOverload(original) ?? fromPrismaError(original) ?? fromHttpException(original);
    if (domain) return formatted(source, domain.code, domain.messages, domain.details);

    const code = source.extensions?.code;
    const messages = isErrorCode(code) ? REQUEST_ERRORS[code] : undefined;
    if (isErrorCode(code) && messages) {
      return formatted(source, code, messages, options.exposeDetails ? { detail: source.message } : {});
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return formatted(source, 'INTERNAL_SERVER_ERROR', new InternalError().messages);
  };
}
