import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from './codes.js';

describe('error codes', () => {
  it('lists each code once, in the shape UPPER_SNAKE_CASE', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
  });

  it('recognises codes of the contract and nothing else', () => {
    expect(isErrorCode('BOOKING_SLOT_TAKEN')).toBe(true);
    expect(isErrorCode('UNAUTHENTICATED')).toBe(true);
    expect(isErrorCode('NETWORK_ERROR')).toBe(false);
    expect(isErrorCode('booking_slot_taken')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(isErrorCode(42)).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});
