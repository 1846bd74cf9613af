import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../lib/graphql-client';
import { passwordServerIssues, validateNewPassword } from './password';
import { safeNextPath } from '../../lib/site-paths';
import { ErrorCodes } from '../../lib/error-codes';

describe('validateNewPassword', () => {
  it('requires 12 to 256 characters', () => {
    expect(validateNewPassword('')).toEqual([{ code: 'passwordRequired' }]);
    expect(validateNewPassword('kurz')).toEqual([{ code: 'passwordTooShort' }]);
    expect(validateNewPassword('x'.repeat(257))).toEqual([{ code: 'passwordTooLong' }]);
    expect(validateNewPassword('Lenne Ruhr Sieg')).toEqual([]);
  });
});

describe('passwordServerIssues', () => {
  const badInput = (extensions: Record<string, unknown>, message = 'Server sagt nein.') =>
    new GraphQLRequestError(message, ErrorCodes.BAD_USER_INPUT, {
      errors: [{ message, extensions: { code: ErrorCodes.BAD_USER_INPUT, ...extensions } }],
    });

  it('maps the policy problems, constraints and other messages', () => {
    expect(passwordServerIssues(badInput({ field: 'password', problems: ['COMMON', 'CONTAINS_EMAIL_OR_NAME'] }))).toEqual([
      { code: 'passwordCommon' },
      { code: 'passwordContainsEmailOrName' },
    ]);
    expect(passwordServerIssues(badInput({ fields: [{ field: 'newPassword', constraints: ['maxLength'] }] }))).toEqual([{ code: 'passwordInvalid' }]);
    expect(passwordServerIssues(badInput({}))).toEqual([{ message: 'Server sagt nein.' }]);
  });

  it('ignores other errors', () => {
    expect(passwordServerIssues(new GraphQLRequestError('x', ErrorCodes.INVALID_TOKEN))).toBeNull();
    expect(passwordServerIssues(new Error('x'))).toBeNull();
  });
});

describe('return paths', () => {
  it('never returns to the password pages', () => {
    expect(safeNextPath('/passwort-vergessen')).toBeNull();
    expect(safeNextPath('/konto/passwort-zuruecksetzen?token=x')).toBeNull();
    expect(safeNextPath('/konto')).toBe('/konto');
  });
});
