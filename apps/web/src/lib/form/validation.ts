import { EMAIL_MAX_LENGTH } from '@wiw/domain';
/**
 * The validation core of the form kit: what is wrong with a field (a code we translate, or the
 * server's message), per field, and the checks more than one form uses.
 */

/** Language-neutral reasons a field is invalid; the texts live in `shared.form.validation.*`. */
export type ValidationCode =
  | 'nameRequired'
  | 'nameInvalid'
  | 'emailRequired'
  | 'emailInvalid'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordCommon'
  | 'passwordContainsEmailOrName'
  | 'passwordInvalid'
  | 'currentPasswordRequired'
  | 'localeInvalid'
  | 'organisationNameRequired'
  | 'organisationNameInvalid'
  | 'kindRequired'
  | 'municipalityRequired'
  | 'websiteInvalid';

/** One problem of a field: a code we translate, or a message the server sent in the caller's language. */
export type FieldIssue = { code: ValidationCode } | { message: string };

export type FieldIssues<F extends string> = Partial<Record<F, FieldIssue[]>>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function looksLikeEmail(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(value);
}

/** The fields with issues, in the order the form shows them. */
export function invalidFields<F extends string>(issues: FieldIssues<F>, order: readonly F[]): F[] {
  return order.filter((field) => (issues[field]?.length ?? 0) > 0);
}
