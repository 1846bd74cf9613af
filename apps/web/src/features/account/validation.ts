import { ORGANISATION_NAME_LENGTH, PASSWORD_LENGTH, type PasswordProblem, PERSON_NAME_LENGTH, WEBSITE_MAX_LENGTH } from '@wiw/domain';
import type { Locale, OrganisationKind } from '../../gql/graphql';
import { isGraphQLRequestError } from '../../lib/graphql-client';
import { looksLikeEmail, type FieldIssue, type FieldIssues, type ValidationCode } from '../../lib/form/validation';
import { ErrorCodes } from '../../lib/error-codes';

/** Kinds a person may register themselves; public bodies and chambers are set up by the joint office. */
export const SELF_SERVICE_KINDS = ['COMPANY', 'RESEARCH', 'ADVISORY', 'EDUCATION'] as const satisfies readonly OrganisationKind[];
export type SelfServiceKind = (typeof SELF_SERVICE_KINDS)[number];

/** What to say for each problem of the server's password policy (`extensions.problems`). */
const PROBLEM_CODES: Record<PasswordProblem, ValidationCode> = {
  TOO_SHORT: 'passwordTooShort',
  TOO_LONG: 'passwordTooLong',
  COMMON: 'passwordCommon',
  CONTAINS_EMAIL_OR_NAME: 'passwordContainsEmailOrName',
};

/** Our codes for the policy's problems in `extensions.problems` (entries the contract does not name are skipped). */
export function passwordProblemCodes(problems: unknown): ValidationCode[] {
  if (!Array.isArray(problems)) return [];
  return problems
    .filter((problem): problem is PasswordProblem => typeof problem === 'string' && Object.hasOwn(PROBLEM_CODES, problem))
    .map((problem) => PROBLEM_CODES[problem]);
}

/** Length as the server counts it: code points of the NFKC-normalised text. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

// --- sign in ---------------------------------------------------------------------------------

export type SignInField = 'email' | 'password';
export const SIGN_IN_FIELDS: readonly SignInField[] = ['email', 'password'];

export interface SignInValues {
  email: string;
  password: string;
}

export function validateSignIn(values: SignInValues): FieldIssues<SignInField> {
  const issues: FieldIssues<SignInField> = {};
  const email = values.email.trim();
  if (email === '') issues.email = [{ code: 'emailRequired' }];
  else if (!email.includes('@')) issues.email = [{ code: 'emailInvalid' }];
  if (values.password === '') issues.password = [{ code: 'passwordRequired' }];
  return issues;
}

// --- sign up ---------------------------------------------------------------------------------

export type SignUpField = 'name' | 'email' | 'password' | 'locale' | 'organisationName' | 'kind' | 'municipalityId' | 'website';
export const SIGN_UP_FIELDS: readonly SignUpField[] = [
  'name',
  'email',
  'password',
  'locale',
  'organisationName',
  'kind',
  'municipalityId',
  'website',
];

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  organisationName: string;
  kind: SelfServiceKind | '';
  municipalityId: string;
  website: string;
}

/** "www.example.org" → "https://www.example.org"; empty → null. */
export function normaliseWebsite(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^[a-z][a-z\d+.-]*:/iu.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function isValidWebsite(value: string): boolean {
  if (value.length > WEBSITE_MAX_LENGTH) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/u.test(value);
  } catch {
    return false;
  }
}

export function validateSignUp(values: SignUpValues): FieldIssues<SignUpField> {
  const issues: FieldIssues<SignUpField> = {};
  const add = (field: SignUpField, code: ValidationCode) => {
    (issues[field] ??= []).push({ code });
  };

  const name = values.name.trim();
  if (name === '') add('name', 'nameRequired');
  else if ([...name].length > PERSON_NAME_LENGTH.max) add('name', 'nameInvalid');

  const email = values.email.trim();
  if (email === '') add('email', 'emailRequired');
  else if (!looksLikeEmail(email)) add('email', 'emailInvalid');

  if (values.password === '') add('password', 'passwordRequired');
  else {
    const length = passwordLength(values.password);
    if (length < PASSWORD_LENGTH.min) add('password', 'passwordTooShort');
    if (length > PASSWORD_LENGTH.max) add('password', 'passwordTooLong');
  }

  const organisationName = values.organisationName.trim();
  if (organisationName === '') add('organisationName', 'organisationNameRequired');
  else {
    const length = [...organisationName].length;
    if (length < ORGANISATION_NAME_LENGTH.min || length > ORGANISATION_NAME_LENGTH.max) add('organisationName', 'organisationNameInvalid');
  }

  if (values.kind === '') add('kind', 'kindRequired');
  if (values.municipalityId === '') add('municipalityId', 'municipalityRequired');

  const website = normaliseWebsite(values.website);
  if (website !== null && !isValidWebsite(website)) add('website', 'websiteInvalid');
  return issues;
}

// --- server errors -----------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Input paths of the SignUpInput → fields of the form. */
const SIGN_UP_SERVER_FIELDS: Readonly<Record<string, SignUpField>> = {
  name: 'name',
  email: 'email',
  password: 'password',
  locale: 'locale',
  'organisation.name': 'organisationName',
  'organisation.kind': 'kind',
  'organisation.municipalityId': 'municipalityId',
  'organisation.website': 'website',
};

/** What to say about a field the server rejected by a validation constraint. */
const SIGN_UP_CONSTRAINT_CODES: Record<SignUpField, ValidationCode> = {
  name: 'nameInvalid',
  email: 'emailInvalid',
  password: 'passwordInvalid',
  locale: 'localeInvalid',
  organisationName: 'organisationNameInvalid',
  kind: 'kindRequired',
  municipalityId: 'municipalityRequired',
  website: 'websiteInvalid',
};

export interface ServerInputErrors<F extends string> {
  issues: FieldIssues<F>;
  /** Rejected inputs the form has no field for (shown in the error summary as the server said). */
  unmatched: string[];
}

/**
 * Maps a BAD_USER_INPUT error of signUp to the form: `extensions.fields` (constraint names per
 * input path), `extensions.problems` of the password policy, or `extensions.field` with the
 * server's own message. Null for every other error.
 */
export function signUpServerErrors(error: unknown): ServerInputErrors<SignUpField> | null {
  if (!isGraphQLRequestError(error) || error.code !== ErrorCodes.BAD_USER_INPUT) return null;
  const issues: FieldIssues<SignUpField> = {};
  const unmatched: string[] = [];
  const add = (field: SignUpField, issue: FieldIssue) => {
    (issues[field] ??= []).push(issue);
  };

  for (const payload of error.errors) {
    const extensions = payload.extensions ?? {};
    if (Array.isArray(extensions.fields)) {
      for (const entry of extensions.fields) {
        const path = isRecord(entry) && typeof entry.field === 'string' ? entry.field : null;
        const field = path ? SIGN_UP_SERVER_FIELDS[path] : undefined;
        if (field) add(field, { code: SIGN_UP_CONSTRAINT_CODES[field] });
        else unmatched.push(payload.message);
      }
      continue;
    }
    const field = typeof extensions.field === 'string' ? SIGN_UP_SERVER_FIELDS[extensions.field] : undefined;
    if (field === 'password') {
      const codes = passwordProblemCodes(extensions.problems);
      if (codes.length > 0) {
        for (const code of codes) add('password', { code });
        continue;
      }
    }
    if (field) add(field, { message: payload.message });
    else unmatched.push(payload.message);
  }
  return { issues, unmatched: [...new Set(unmatched)] };
}

/** `extensions.retryAfterSeconds` of SIGN_IN_THROTTLED, as whole minutes (at least 1). */
export function retryAfterMinutes(error: unknown): number | null {
  if (!isGraphQLRequestError(error) || error.code !== ErrorCodes.SIGN_IN_THROTTLED) return null;
  const seconds = error.errors[0]?.extensions?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 1;
  return Math.max(1, Math.ceil(seconds / 60));
}
