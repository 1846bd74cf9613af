import type { ErrorCode } from '@wiw/domain';

/**
 * The API's error codes by name: `ErrorCodes.BOOKING_FULL` is 'BOOKING_FULL'. The names are
 * typed by the contract's union (`ErrorCode` in @wiw/domain), so a code the API does not have
 * does not compile, and none is restated here: each name simply is its code, so the browser
 * gets no list of codes (the home page's first load stays as it was). A lint rule forbids error
 * codes as string literals anywhere in the web.
 */
export const ErrorCodes = new Proxy({}, { get: (_target, name) => name }) as { readonly [C in ErrorCode]: C };
