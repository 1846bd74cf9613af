import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@wiw/domain';
import { DomainError } from './domain-error';

class HttpStatusError extends DomainError {
  constructor(
    readonly code: ErrorCode,
    messages: { de: string; en: string },
  ) {
    super(messages);
  }
}

/**
 * Nest's own exceptions thrown inside GraphQL (guards, built-in pipes, throttling) keep their
 * meaning: 401, 403, 404 and 429 get their own codes, other 4xx are BAD_USER_INPUT. 5xx stay
 * internal errors.
 */
export function fromHttpException(error: unknown): DomainError | null {
  if (!(error instanceof HttpException)) return null;
  switch (error.getStatus()) {
    case HttpStatus.UNAUTHORIZED:
      return new HttpStatusError('UNAUTHENTICATED', { de: 'Bitte melden Sie sich an.', en: 'Please sign in.' });
    case HttpStatus.FORBIDDEN:
      return new HttpStatusError('FORBIDDEN', { de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You are not allowed to do this.' });
    case HttpStatus.NOT_FOUND:
      return new HttpStatusError('NOT_FOUND', { de: 'Der Eintrag wurde nicht gefunden.', en: 'The entry was not found.' });
    case HttpStatus.TOO_MANY_REQUESTS:
      return new HttpStatusError('TOO_MANY_REQUESTS', {
        de: 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
        en: 'Too many requests. Please wait a moment.',
      });
    default:
      return error.getStatus() < 500 ? new HttpStatusError('BAD_USER_INPUT', { de: 'Ungültige Eingabe.', en: 'Invalid input.' }) : null;
  }
}
