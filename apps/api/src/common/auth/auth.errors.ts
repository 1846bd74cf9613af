import { DomainError } from '../errors/domain-error';

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';

  constructor() {
    super({ de: 'Bitte melden Sie sich an.', en: 'Please sign in.' });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor() {
    super({ de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You are not allowed to do this.' });
  }
}
