import { isGraphQLRequestError } from '../../lib/graphql-client';
import { PASSWORD_LENGTH } from '@wiw/domain';
import { passwordLength, passwordProblemCodes } from './validation';
import { type FieldIssue } from '../../lib/form/validation';
import { ErrorCodes } from '../../lib/error-codes';

/** Client-side checks of a new password (the server also checks common and personal passwords). */
export function validateNewPassword(password: string): FieldIssue[] {
  if (password === '') return [{ code: 'passwordRequired' }];
  const length = passwordLength(password);
  if (length < PASSWORD_LENGTH.min) return [{ code: 'passwordTooShort' }];
  if (length > PASSWORD_LENGTH.max) return [{ code: 'passwordTooLong' }];
  return [];
}

const PASSWORD_INPUTS = new Set(['password', 'newPassword', 'input.password', 'input.newPassword']);

/**
 * Issues for the new-password field from a BAD_USER_INPUT error: the policy's `extensions.problems`,
 * a constraint on the password input, or the server's message. Null for every other error.
 */
export function passwordServerIssues(error: unknown): FieldIssue[] | null {
  if (!isGraphQLRequestError(error) || error.code !== ErrorCodes.BAD_USER_INPUT) return null;
  const issues: FieldIssue[] = [];
  for (const payload of error.errors) {
    const extensions = payload.extensions ?? {};
    const codes = passwordProblemCodes(extensions.problems);
    if (codes.length > 0) {
      issues.push(...codes.map((code) => ({ code })));
    } else if (
      (typeof extensions.field === 'string' && PASSWORD_INPUTS.has(extensions.field)) ||
      (Array.isArray(extensions.fields) &&
        extensions.fields.some(
          (entry: unknown) => typeof entry === 'object' && entry !== null && PASSWORD_INPUTS.has(String((entry as { field?: unknown }).field)),
        ))
    ) {
      issues.push({ code: 'passwordInvalid' });
    } else {
      issues.push({ message: payload.message });
    }
  }
  return issues;
}
