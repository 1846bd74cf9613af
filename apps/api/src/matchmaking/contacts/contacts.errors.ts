import { DomainError } from '../../common/errors/domain-error';

export class ContactRequestNotFoundError extends DomainError {
  readonly code = 'CONTACT_REQUEST_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Kontaktanfrage gibt es nicht.', en: 'There is no such contact request.' });
  }
}

export class ContactNotPartyError extends DomainError {
  readonly code = 'CONTACT_NOT_A_PARTY';

  constructor() {
    super({
      de: 'Kontakt anfragen kann nur, wem der Bedarf oder das Angebot gehört.',
      en: 'Only the owner of the need or of the offer can request contact.',
    });
  }
}

export class ContactSelfError extends DomainError {
  readonly code = 'CONTACT_SELF';

  constructor() {
    super({ de: 'Bedarf und Angebot gehören beide Ihnen.', en: 'Both the need and the offer are yours.' });
  }
}

export class ContactTargetNotOpenError extends DomainError {
  readonly code = 'CONTACT_TARGET_NOT_OPEN';

  constructor() {
    super({ de: 'Bedarf und Angebot müssen veröffentlicht sein.', en: 'Both the need and the offer must be published.' });
  }
}

export class ContactRequestExistsError extends DomainError {
  readonly code = 'CONTACT_REQUEST_EXISTS';

  constructor() {
    super({
      de: 'Zu diesem Bedarf und Angebot gibt es schon eine offene Kontaktanfrage.',
      en: 'There is already a live contact request for this need and offer.',
    });
  }
}

export class ContactRequestLimitError extends DomainError {
  readonly code = 'CONTACT_REQUEST_LIMIT';

  constructor(limit: number) {
    super(
      {
        de: `Höchstens ${limit} Kontaktanfragen pro Tag – bitte morgen wieder.`,
        en: `At most ${limit} contact requests a day – please try again tomorrow.`,
      },
      { limit, periodHours: 24 },
    );
  }
}
