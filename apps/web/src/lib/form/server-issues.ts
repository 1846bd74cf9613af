import { ErrorCodes } from '../error-codes';
import { isGraphQLRequestError } from '../graphql-client';

/**
 * Problems of a form's fields, ours or the server's, and how a BAD_USER_INPUT answer maps onto
 * them: one shape for every form that shows issues per field and an error summary.
 */

/** A code we translate (with the values its text names), or a message the server sent in the caller's language. */
export type FormIssue<C extends string = string> = { code: C; values?: Record<string, string | number> } | { message: string };
export type FormIssues<F extends string, C extends string = string> = Partial<Record<F, FormIssue<C>[]>>;

export interface ServerIssues<F extends string, C extends string = string> {
  issues: FormIssues<F, C>;
  /** Problems the form has no field for (shown in the error summary as the server said). */
  unmatched: string[];
}

export function hasIssues(issues: FormIssues<string>): boolean {
  return Object.values(issues).some((list) => (list?.length ?? 0) > 0);
}

/** The input paths ("title", "skills.0.level") a BAD_USER_INPUT payload names in `extensions.fields`. */
function inputPaths(extensions: Record<string, unknown> | undefined): string[] {
  const entries = Array.isArray(extensions?.fields) ? (extensions.fields as unknown[]) : [];
  return entries.flatMap((entry) =>
    typeof entry === 'object' && entry !== null && typeof (entry as { field?: unknown }).field === 'string'
      ? [(entry as { field: string }).field]
      : [],
  );
}

/**
 * Maps BAD_USER_INPUT onto a form: each rejected input path goes to the field `toField` names for
 * its first segment, as the code `codeOf` gives for that field (once per field); paths without a
 * field or a code, and payloads without paths, are said in the summary as the server said them.
 * Null for every other error.
 */
export function badInputIssues<F extends string, C extends string>(
  error: unknown,
  toField: (name: string) => F | undefined,
  codeOf: (field: F) => C | null | undefined,
): ServerIssues<F, C> | null {
  if (!isGraphQLRequestError(error) || error.code !== ErrorCodes.BAD_USER_INPUT) return null;
  const issues: FormIssues<F, C> = {};
  const unmatched: string[] = [];
  for (const payload of error.errors) {
    const paths = inputPaths(payload.extensions);
    if (paths.length === 0) unmatched.push(payload.message);
    for (const path of paths) {
      const field = toField(path.split('.')[0]!);
      const code = field ? codeOf(field) : null;
      if (field && code) {
        if (!(issues[field] ?? []).some((issue) => 'code' in issue && issue.code === code)) (issues[field] ??= []).push({ code });
      } else unmatched.push(payload.message);
    }
  }
  return { issues, unmatched: [...new Set(unmatched)] };
}
