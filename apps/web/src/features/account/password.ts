import { isGraphQLRequestError } from '../../lib/graphql-client';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_PROBLEMS, passwordLength, passwordProblemCode, type PasswordProblem } from './validation';
import { type FieldIssue } from '../../lib/form/validation';

/** Client-side checks of a new password (the server also checks common and personal passwords). */
export function validateNewPassword(password: string): FieldIssue[] {
  if (password === '') return [{ code: 'passwordRequired' }];
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return [{ code: 'passwordTooShort' }];
  if (length > PASSWORD_MAX_LENGTH) return [{ code: 'passwordTooLong' }];
  return [];
}

const PASSWORD_INPUTS = new Set(['password', 'newPassword', 'input.password', 'input.newPassword']);

/**
 * Issues for the new-password field from a BAD_USER_INPUT error: the policy's `extensions.problems`,
 * a constraint on the password input, or the server's message. Null for every other error.
 */
export function passwordServerIssues(error: unknown): FieldIssue[] | null {
  if (!isGraphQLRequestError(error) || error.code !== 'BAD_USER_INPUT') return null;
  const issues: FieldIssue[] = [];
  for (const payload of error.errors) {
    const extensions = payload.extensions ?? {};
    const problems = Array.isArray(extensions.problems)
      ? extensions.problems.filter((problem): problem is PasswordProblem => (PASSWORD_PROBLEMS as readonly unknown[]).includes(problem))
      : [];
    if (problems.length > 0) {
      for (const problem of problems) issues.push({ code: passwordProblemCode(problem) });
    } else if (
      (typeof extensions.field === 'string' && PASSWORD_INPUTS.has(extensions.field)) ||
      (Array.isArray(extensions.fields) &&
        extensions.fields.some((entry: unknown) => typeof entry === 'object' && entry !== null && PASSWORD_INPUTS.has(String((entry as { field?: unknown }).field))))
    ) {
      issues.push({ code: 'passwordInvalid' });
    } else {
      issues.push({ message: payload.message });
    }
  }
  return issues;
}
