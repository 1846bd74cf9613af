import { DomainError } from '../common/errors/domain-error';

export class NewsItemNotFoundError extends DomainError {
  readonly code = 'NEWS_ITEM_NOT_FOUND';

  constructor() {
    super({
      de: 'Diese Meldung gibt es nicht (oder sie ist nicht für Sie sichtbar).',
      en: 'There is no such news item (or it is not visible to you).',
    });
  }
}

export class NewsLinkDisallowedError extends DomainError {
  readonly code = 'NEWS_LINK_DISALLOWED';

  constructor(link: string, entry: string) {
    super(
      {
        de: `Offizielle Meldungen dürfen nicht auf persönliche oder Partei-Profile verweisen: ${link} (gesperrt: ${entry}).`,
        en: `Official news items must not link to personal or party profiles: ${link} (disallowed: ${entry}).`,
      },
      { link, entry },
    );
  }
}

export class NewsSelfApprovalError extends DomainError {
  readonly code = 'NEWS_SELF_APPROVAL';

  constructor() {
    super({
      de: 'Vier-Augen-Prinzip: Wer eine Meldung geschrieben hat, kann sie nicht selbst freigeben oder berichtigen.',
      en: 'Four eyes: the author of a news item cannot approve or correct it themselves.',
    });
  }
}

export class NewsApproverRequiredError extends DomainError {
  readonly code = 'NEWS_APPROVER_REQUIRED';

  constructor() {
    super({
      de: 'Das dürfen nur die Geschäftsstelle oder die Inhaberin bzw. der Inhaber des Amts, für das die Meldung erscheint.',
      en: 'Only the joint office or the holder of the office the item appears on behalf of may do this.',
    });
  }
}

export class NewsNotAuthorError extends DomainError {
  readonly code = 'NEWS_NOT_AUTHOR';

  constructor() {
    super({
      de: 'Nur wer die Meldung geschrieben hat, kann den Entwurf ändern oder einreichen.',
      en: 'Only the author can change or submit the draft.',
    });
  }
}

export class NewsStateInvalidError extends DomainError {
  readonly code = 'NEWS_STATE_INVALID';

  constructor(status: string, expected: string) {
    super(
      {
        de: `Das geht nur bei einer Meldung im Zustand ${expected}; diese ist ${status}.`,
        en: `This is only possible for a news item that is ${expected}; this one is ${status}.`,
      },
      { status, expected },
    );
  }
}

export class NewsOfficeMismatchError extends DomainError {
  readonly code = 'NEWS_OFFICE_MISMATCH';

  constructor() {
    super({ de: 'Das Amt gehört nicht zur veröffentlichenden Organisation.', en: 'The office does not belong to the publishing organisation.' });
  }
}

export class NewsTieNotFoundError extends DomainError {
  readonly code = 'NEWS_TIE_NOT_FOUND';

  constructor(tie: 'project' | 'meeting') {
    super(
      tie === 'project'
        ? { de: 'Dieses Projekt gibt es nicht.', en: 'There is no such project.' }
        : { de: 'Diesen Termin gibt es nicht.', en: 'There is no such meeting.' },
      { tie },
    );
  }
}

export class NewsPromotionInvalidError extends DomainError {
  readonly code = 'NEWS_PROMOTION_INVALID';

  constructor() {
    super({
      de: 'Eine bezahlte Bewerbung braucht Betrag und Haushaltsstelle; ohne Bewerbung bleiben beide leer.',
      en: 'Paid promotion needs an amount and a budget line; without promotion both stay empty.',
    });
  }
}

export class NewsOrganisationNotFoundError extends DomainError {
  readonly code = 'ORGANISATION_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Organisation gibt es nicht.', en: 'There is no such organisation.' });
  }
}
