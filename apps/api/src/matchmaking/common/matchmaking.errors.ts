import { DomainError } from '../../common/errors/domain-error';

export class NeedNotFoundError extends DomainError {
  readonly code = 'NEED_NOT_FOUND';

  constructor() {
    super({ de: 'Diesen Bedarf gibt es nicht (oder er ist nicht öffentlich).', en: 'There is no such need (or it is not public).' });
  }
}

export class OfferNotFoundError extends DomainError {
  readonly code = 'OFFER_NOT_FOUND';

  constructor() {
    super({ de: 'Dieses Angebot gibt es nicht (oder es ist nicht öffentlich).', en: 'There is no such offer (or it is not public).' });
  }
}

export class NeedOrganisationKindError extends DomainError {
  readonly code = 'NEED_ORGANISATION_KIND';

  constructor() {
    super({ de: 'Bedarfe können nur Unternehmen melden.', en: 'Only companies can post needs.' });
  }
}

export class OfferOwnerError extends DomainError {
  readonly code = 'OFFER_OWNER_INVALID';

  constructor() {
    super({
      de: 'Talent-Angebote stellen Einzelpersonen ohne Organisation ein; alle anderen Angebote gehören zu einer Organisation.',
      en: 'Talent offers are posted by individuals without an organisation; all other offers belong to an organisation.',
    });
  }
}

export class UnknownSkillsError extends DomainError {
  readonly code = 'UNKNOWN_SKILLS';

  constructor(ids: string[]) {
    super(
      { de: 'Mindestens ein Skill ist unbekannt oder doppelt angegeben.', en: 'At least one skill is unknown or listed twice.' },
      { skillIds: ids },
    );
  }
}

export class UnknownMunicipalityError extends DomainError {
  readonly code = 'UNKNOWN_MUNICIPALITY';

  constructor() {
    super({ de: 'Diesen Ort gibt es nicht.', en: 'There is no such municipality.' });
  }
}

export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_STATUS_TRANSITION';

  constructor(from: string, to: string) {
    super({ de: `Das geht im Status ${from} nicht (gewünscht: ${to}).`, en: `Not possible in status ${from} (requested: ${to}).` }, { from, to });
  }
}
