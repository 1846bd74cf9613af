import { DomainError } from '../common/errors/domain-error';

export class NotOrganisationMemberError extends DomainError {
  readonly code = 'NOT_ORGANISATION_MEMBER';

  constructor() {
    super({ de: 'Nur Mitglieder dieser Organisation können das tun.', en: 'Only members of this organisation can do this.' });
  }
}

export class OrganisationNotVerifiedError extends DomainError {
  readonly code = 'ORGANISATION_NOT_VERIFIED';

  constructor() {
    super({
      de: 'Ihre Organisation ist noch nicht von der Geschäftsstelle bestätigt. Entwürfe können Sie schon anlegen, veröffentlichen erst danach.',
      en: 'Your organisation has not been verified by the joint office yet. You can prepare drafts now and publish them afterwards.',
    });
  }
}

export class NotOrganisationOwnerError extends DomainError {
  readonly code = 'NOT_ORGANISATION_OWNER';

  constructor() {
    super({
      de: 'Nur Inhaberinnen und Inhaber dieser Organisation können das tun.',
      en: 'Only owners of this organisation can do this.',
    });
  }
}
