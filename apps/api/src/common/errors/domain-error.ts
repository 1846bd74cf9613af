import type { ErrorCode } from '@wiw/domain';
import type { Bilingual } from '../i18n/locale';

/**
 * An error a client can cause: a stable code, a message in German and English, and optional
 * details that are safe to show. Every feature declares its own in <feature>.errors.ts; the code
 * must be one of the contract's (`ERROR_CODES` in @wiw/domain).
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    readonly messages: Bilingual,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messages.en);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
}

export class InternalError extends DomainError {
  readonly code = 'INTERNAL_SERVER_ERROR';

  constructor() {
    super({
      de: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
      en: 'An internal error occurred. Please try again later.',
    });
  }
}
