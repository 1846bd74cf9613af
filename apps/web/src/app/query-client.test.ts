import { describe, expect, it } from 'vitest';
import { ClientErrorCode, GraphQLRequestError } from '../lib/graphql-client';
import { shouldRetry } from './query-client';
import { ErrorCodes } from '../lib/error-codes';

describe('shouldRetry', () => {
  it('does not retry 4xx-like GraphQL errors', () => {
    expect(shouldRetry(0, new GraphQLRequestError('nicht gefunden', ErrorCodes.ORGANISATION_NOT_FOUND, { status: 200 }))).toBe(false);
    expect(shouldRetry(0, new GraphQLRequestError('ungültig', ErrorCodes.BAD_USER_INPUT, { status: 400 }))).toBe(false);
  });

  it('retries network failures and server errors at most twice', () => {
    const network = new GraphQLRequestError('offline', ClientErrorCode.NETWORK_ERROR);
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(1, network)).toBe(true);
    expect(shouldRetry(2, network)).toBe(false);
    expect(shouldRetry(0, new GraphQLRequestError('boom', ErrorCodes.INTERNAL_SERVER_ERROR))).toBe(true);
    expect(shouldRetry(0, new GraphQLRequestError('bad gateway', ClientErrorCode.HTTP_ERROR, { status: 502 }))).toBe(true);
  });

  it('does not retry unknown errors', () => {
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});
