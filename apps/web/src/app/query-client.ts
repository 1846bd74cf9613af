import { QueryClient } from '@tanstack/react-query';
import { isGraphQLRequestError } from '../lib/graphql-client';

const MAX_RETRIES = 2;

/**
 * Retry only what may heal by itself (network failures, 5xx, INTERNAL_SERVER_ERROR).
 * 4xx-like GraphQL codes (…_NOT_FOUND, BAD_USER_INPUT, FORBIDDEN, …) are final answers.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return isGraphQLRequestError(error) ? error.isTransient : false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
      mutations: {
        retry: false,
      },
    },
  });
}
