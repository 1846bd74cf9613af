import type { ErrorCode } from '@wiw/domain';
import type { TFunction } from 'i18next';
import { ClientErrorCode, isGraphQLRequestError } from './graphql-client';

/**
 * Text to show for a failed request: the server's message (already in the caller's language)
 * for GraphQL errors, a translated text for failures of the transport itself.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isGraphQLRequestError(error)) {
    switch (error.code) {
      case ClientErrorCode.NETWORK_ERROR:
        return t('errors.network');
      case ClientErrorCode.INVALID_RESPONSE:
      case ClientErrorCode.HTTP_ERROR:
        return error.errors[0]?.message || t('errors.invalidResponse');
      default:
        return error.message || t('errors.generic');
    }
  }
  return t('errors.generic');
}

export function errorCode(error: unknown): string | undefined {
  return isGraphQLRequestError(error) ? error.code : undefined;
}

/** True when `error` is a GraphQL error the API answered with one of `codes`. */
export function hasErrorCode(error: unknown, ...codes: readonly ErrorCode[]): boolean {
  return isGraphQLRequestError(error) && (codes as readonly string[]).includes(error.code);
}
