import type { TFunction } from 'i18next';
import { LEGAL_TEXT_LENGTH } from '@wiw/domain';
import { isGraphQLRequestError } from '../../lib/graphql-client';
import type { FieldIssue } from '../../lib/form/validation';

export type LegalField = 'bodyDe' | 'bodyEn';

/**
 * The API's field problems of a save (BAD_USER_INPUT with `fields`) as issues of the editor's two
 * texts: control characters the browser let through, a length the server counted differently.
 * Null when the error names neither text.
 */
export function serverFieldIssues(error: unknown, t: TFunction): Partial<Record<LegalField, FieldIssue[]>> | null {
  if (!isGraphQLRequestError(error)) return null;
  const fields = error.errors[0]?.extensions?.fields;
  if (!Array.isArray(fields)) return null;
  const issues: Partial<Record<LegalField, FieldIssue[]>> = {};
  for (const entry of fields as Array<{ field?: unknown; constraints?: unknown }>) {
    const field = typeof entry.field === 'string' ? entry.field.replace(/^input\./, '') : '';
    if (field !== 'bodyDe' && field !== 'bodyEn') continue;
    const constraints = Array.isArray(entry.constraints) ? entry.constraints.filter((c): c is string => typeof c === 'string') : [];
    const message = constraints.some((c) => c === 'controlCharacters' || c === 'notWellFormed')
      ? t('legal.editor.invalidCharacters')
      : t('legal.editor.length', { min: LEGAL_TEXT_LENGTH.min, max: LEGAL_TEXT_LENGTH.max });
    issues[field] = [{ message }];
  }
  return Object.keys(issues).length ? issues : null;
}
