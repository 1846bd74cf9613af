import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../lib/graphql-client';
import { summariseUserAgent, truncate } from './user-agent';
import {
  normaliseWebsite,
  passwordLength,
  retryAfterMinutes,
  signUpServerErrors,
  validateSignIn,
  validateSignUp,
  type SignUpValues,
} from './validation';
import { ErrorCodes } from '../../lib/error-codes';

const valid: SignUpValues = {
  name: 'Anna Beispiel',
  email: 'anna@beispiel.de',
  password: 'Ein langer Satz mit Pferd',
  locale: 'de',
  organisationName: 'Beispiel GmbH',
  kind: 'COMPANY',
  municipalityId: 'mun-1',
  website: '',
};

const badInput = (extensions: Record<string, unknown>, message = 'Ungültige Eingabe') =>
  new GraphQLRequestError(message, ErrorCodes.BAD_USER_INPUT, {
    status: 200,
    errors: [{ message, extensions: { code: ErrorCodes.BAD_USER_INPUT, ...extensions } }],
  });

describe('validateSignIn', () => {
  it('requires both fields', () => {
    expect(validateSignIn({ email: ' ', password: '' })).toEqual({
      email: [{ code: 'emailRequired' }],
      password: [{ code: 'passwordRequired' }],
    });
    expect(validateSignIn({ email: 'anna', password: 'x' })).toEqual({ email: [{ code: 'emailInvalid' }] });
    expect(validateSignIn({ email: 'anna@beispiel.de', password: 'x' })).toEqual({});
  });
});

describe('validateSignUp', () => {
  it('accepts a complete registration', () => {
    expect(validateSignUp(valid)).toEqual({});
    expect(validateSignUp({ ...valid, website: 'www.beispiel.de' })).toEqual({});
  });

  it('reports every missing required field', () => {
    const issues = validateSignUp({ ...valid, name: '', email: '', password: '', organisationName: '', kind: '', municipalityId: '' });
    expect(issues).toEqual({
      name: [{ code: 'nameRequired' }],
      email: [{ code: 'emailRequired' }],
      password: [{ code: 'passwordRequired' }],
      organisationName: [{ code: 'organisationNameRequired' }],
      kind: [{ code: 'kindRequired' }],
      municipalityId: [{ code: 'municipalityRequired' }],
    });
  });

  it('checks e-mail shape, password length in code points, organisation name length and website', () => {
    expect(validateSignUp({ ...valid, email: 'anna@beispiel' }).email).toEqual([{ code: 'emailInvalid' }]);
    expect(validateSignUp({ ...valid, password: 'kurz' }).password).toEqual([{ code: 'passwordTooShort' }]);
    expect(validateSignUp({ ...valid, password: 'x'.repeat(257) }).password).toEqual([{ code: 'passwordTooLong' }]);
    // Eleven umlauts plus an emoji are twelve characters, though more UTF-16 units.
    expect(passwordLength('ääääääääääa😀')).toBe(12);
    expect(validateSignUp({ ...valid, password: 'ääääääääääa😀' }).password).toBeUndefined();
    expect(validateSignUp({ ...valid, organisationName: 'X' }).organisationName).toEqual([{ code: 'organisationNameInvalid' }]);
    expect(validateSignUp({ ...valid, website: 'nicht eine adresse' }).website).toEqual([{ code: 'websiteInvalid' }]);
    expect(validateSignUp({ ...valid, website: 'ftp://beispiel.de' }).website).toEqual([{ code: 'websiteInvalid' }]);
  });

  it('adds https:// to a website without scheme', () => {
    expect(normaliseWebsite(' www.beispiel.de ')).toBe('https://www.beispiel.de');
    expect(normaliseWebsite('http://beispiel.de')).toBe('http://beispiel.de');
    expect(normaliseWebsite('  ')).toBeNull();
  });
});

describe('signUpServerErrors', () => {
  it('maps the password policy problems to their messages', () => {
    const mapped = signUpServerErrors(badInput({ field: 'password', problems: ['TOO_SHORT', 'COMMON', 'CONTAINS_EMAIL_OR_NAME'] }));
    expect(mapped).toEqual({
      issues: {
        password: [{ code: 'passwordTooShort' }, { code: 'passwordCommon' }, { code: 'passwordContainsEmailOrName' }],
      },
      unmatched: [],
    });
  });

  it('maps validation constraints by input path to the form fields', () => {
    const mapped = signUpServerErrors(
      badInput({
        fields: [
          { field: 'email', constraints: ['isEmail'] },
          { field: 'organisation.name', constraints: ['isLength'] },
          { field: 'organisation.municipalityId', constraints: ['isUuid'] },
          { field: 'organisation.website', constraints: ['isUrl'] },
          { field: 'organisation.somethingNew', constraints: ['x'] },
        ],
      }),
    );
    expect(mapped?.issues).toEqual({
      email: [{ code: 'emailInvalid' }],
      organisationName: [{ code: 'organisationNameInvalid' }],
      municipalityId: [{ code: 'municipalityRequired' }],
      website: [{ code: 'websiteInvalid' }],
    });
    expect(mapped?.unmatched).toEqual(['Ungültige Eingabe']);
  });

  it('shows the server message on a single field without problem codes', () => {
    const mapped = signUpServerErrors(badInput({ field: 'organisation.municipalityId' }, 'Diese Gemeinde kennen wir nicht.'));
    expect(mapped?.issues).toEqual({ municipalityId: [{ message: 'Diese Gemeinde kennen wir nicht.' }] });
  });

  it('ignores other errors', () => {
    expect(signUpServerErrors(new GraphQLRequestError('x', ErrorCodes.INTERNAL_SERVER_ERROR))).toBeNull();
    expect(signUpServerErrors(new Error('x'))).toBeNull();
  });
});

describe('retryAfterMinutes', () => {
  const throttled = (retryAfterSeconds: unknown) =>
    new GraphQLRequestError('zu viele', ErrorCodes.SIGN_IN_THROTTLED, {
      errors: [{ message: 'zu viele', extensions: { code: ErrorCodes.SIGN_IN_THROTTLED, retryAfterSeconds } }],
    });

  it('rounds up to whole minutes', () => {
    expect(retryAfterMinutes(throttled(900))).toBe(15);
    expect(retryAfterMinutes(throttled(61))).toBe(2);
    expect(retryAfterMinutes(throttled(5))).toBe(1);
    expect(retryAfterMinutes(throttled(undefined))).toBe(1);
    expect(retryAfterMinutes(new GraphQLRequestError('falsch', ErrorCodes.INVALID_CREDENTIALS))).toBeNull();
  });
});

describe('summariseUserAgent', () => {
  it('names browser and system', () => {
    expect(summariseUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36')).toEqual({
      browser: 'Chrome 130',
      os: 'Linux',
    });
    expect(summariseUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toEqual({
      browser: 'Firefox 133',
      os: 'Windows',
    });
    expect(
      summariseUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({ browser: 'Safari 18', os: 'iOS' });
    expect(
      summariseUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toEqual({ browser: 'Edge 131', os: 'Windows' });
    expect(summariseUserAgent(null)).toEqual({ browser: null, os: null });
    expect(truncate('x'.repeat(80), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
