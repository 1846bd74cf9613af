import { DomainError } from '../common/errors/domain-error';

export class OfficeNotFoundError extends DomainError {
  readonly code = 'OFFICE_NOT_FOUND';

  constructor() {
    super({ de: 'Dieses Amt gibt es nicht.', en: 'There is no such office.' });
  }
}

export class SuccessorNotMemberError extends DomainError {
  readonly code = 'SUCCESSOR_NOT_MEMBER';

  constructor() {
    super({
      de: 'Die Nachfolge muss Mitglied der Organisation sein, zu der das Amt gehört.',
      en: 'The successor must be a member of the organisation the office belongs to.',
    });
  }
}

export class OfficeExistsError extends DomainError {
  readonly code = 'OFFICE_EXISTS';

  constructor() {
    super({ de: 'Diese Organisation hat bereits ein Amt mit diesem Titel.', en: 'This organisation already has an office with this title.' });
  }
}

export class UnknownOrganisationError extends DomainError {
  readonly code = 'ORGANISATION_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Organisation gibt es nicht.', en: 'There is no such organisation.' });
  }
}
