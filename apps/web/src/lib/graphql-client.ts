import type { TypedDocumentString } from '../gql/graphql';
import { i18n } from '../i18n';
import { ErrorCodes } from './error-codes';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Codes produced by this client itself (the server's codes come from `extensions.code`). */
export const ClientErrorCode = {
  NETWORK_ERROR: 'NETWORK_ERROR',
  INVALID_RESPONSE: 'INVALID_RESPONSE',
  HTTP_ERROR: 'HTTP_ERROR',
  UNKNOWN_GRAPHQL_ERROR: 'UNKNOWN_GRAPHQL_ERROR',
} as const;

export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: unknown; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  /** `extensions.code` of the first GraphQL error, or one of {@link ClientErrorCode}. */
  readonly code: string;
  /** HTTP status, when a response arrived. */
  readonly status: number | undefined;
  readonly errors: readonly GraphQLErrorPayload[];

  constructor(message: string, code: string, options: { status?: number; errors?: readonly GraphQLErrorPayload[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.errors = options.errors ?? [];
  }

  /** True for problems that may go away on their own (network, 5xx); false for 4xx-like codes. */
  get isTransient(): boolean {
    if (this.code === ClientErrorCode.NETWORK_ERROR) return true;
    if (this.status !== undefined && this.status >= 500) return true;
    // SERVICE_UNAVAILABLE: the API's database is away; TRY_AGAIN: it was too busy. Trying again shortly may succeed.
    return this.code === ErrorCodes.INTERNAL_SERVER_ERROR || this.code === ErrorCodes.SERVICE_UNAVAILABLE || this.code === ErrorCodes.TRY_AGAIN;
  }
}

export function isGraphQLRequestError(error: unknown): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError;
}

export interface RequestOptions {
  /** Language for `Accept-Language`; defaults to the current i18n language. */
  language?: string;
  signal?: AbortSignal;
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toErrorPayloads(value: unknown): GraphQLErrorPayload[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((error) => ({
    message: typeof error.message === 'string' ? error.message : '',
    path: Array.isArray(error.path) ? (error.path as Array<string | number>) : undefined,
    extensions: isObject(error.extensions) ? error.extensions : undefined,
  }));
}

/**
 * Sends one GraphQL operation (a TypedDocumentString from src/gql) with plain fetch.
 * Resolves with `data`; rejects with {@link GraphQLRequestError} for every failure.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const language = options.language ?? i18n.language ?? 'de';
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': language,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new GraphQLRequestError('Network request failed', ClientErrorCode.NETWORK_ERROR, { cause });
  }

  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    // The connection broke while the body was streaming.
    throw new GraphQLRequestError('Network request failed', ClientErrorCode.NETWORK_ERROR, {
      status: response.status,
      cause,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new GraphQLRequestError(
      `Unexpected response (HTTP ${response.status})`,
      response.ok ? ClientErrorCode.INVALID_RESPONSE : ClientErrorCode.HTTP_ERROR,
      { status: response.status, cause },
    );
  }
  if (!isObject(body)) {
    throw new GraphQLRequestError('Unexpected response body', ClientErrorCode.INVALID_RESPONSE, {
      status: response.status,
    });
  }

  const { data } = body as GraphQLResponseBody<TResult>;
  const errors = toErrorPayloads(body.errors);
  const first = errors[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    throw new GraphQLRequestError(first.message, code ?? (response.ok ? ClientErrorCode.UNKNOWN_GRAPHQL_ERROR : ClientErrorCode.HTTP_ERROR), {
      status: response.status,
      errors,
    });
  }
  if (!response.ok) {
    throw new GraphQLRequestError(`HTTP ${response.status}`, ClientErrorCode.HTTP_ERROR, {
      status: response.status,
    });
  }
  if (data === undefined || data === null) {
    throw new GraphQLRequestError('Response without data', ClientErrorCode.INVALID_RESPONSE, {
      status: response.status,
    });
  }
  return data;
}
