import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import type { Bilingual } from '../common/i18n/locale';

export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';

  constructor() {
    super({ de: 'E-Mail-Adresse oder Passwort ist falsch.', en: 'The e-mail address or password is wrong.' });
  }
}

export class EmailNotVerifiedError extends DomainError {
  readonly code = 'EMAIL_NOT_VERIFIED';

  constructor() {
    super({
      de: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse; wir haben Ihnen dazu eine Nachricht geschickt.',
      en: 'Please confirm your e-mail address first; we have sent you a message for that.',
    });
  }
}

export class InvalidTokenError extends DomainError {
  readonly code = 'INVALID_TOKEN';

  constructor() {
    super({
      de: 'Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.',
      en: 'This link is invalid, has expired or has already been used.',
    });
  }
}

export class WeakPasswordError extends BadUserInputError {
  constructor(problems: Array<{ code: string; messages: Bilingual }>) {
    super(
      {
        de: `Das Passwort ist nicht sicher genug: ${problems.map((p) => p.messages.de).join(' ')}`,
        en: `The password is not strong enough: ${problems.map((p) => p.messages.en).join(' ')}`,
      },
      { field: 'password', problems: problems.map((p) => p.code) },
    );
  }
}

export class UnknownMunicipalityError extends BadUserInputError {
  constructor() {
    super({ de: 'Diese Gemeinde kennen wir nicht.', en: 'We do not know this municipality.' }, { field: 'organisation.municipalityId' });
  }
}

export class SessionNotFoundError extends DomainError {
  readonly code = 'SESSION_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Sitzung gibt es nicht (mehr).', en: 'This session does not exist (any more).' });
  }
}

export class SignInThrottledError extends DomainError {
  readonly code = 'SIGN_IN_THROTTLED';

  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      {
        de: `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes} Minute(n) erneut.`,
        en: `Too many failed sign-in attempts. Please try again in ${minutes} minute(s).`,
      },
      { retryAfterSeconds },
    );
  }
}

export class WrongPasswordError extends DomainError {
  readonly code = 'WRONG_PASSWORD';

  constructor() {
    super({ de: 'Das bisherige Passwort stimmt nicht.', en: 'The current password is wrong.' });
  }
}

export class UserNotFoundError extends DomainError {
  readonly code = 'USER_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Person gibt es nicht.', en: 'There is no such person.' });
  }
}
