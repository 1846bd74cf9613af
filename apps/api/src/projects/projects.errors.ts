import { DomainError } from '../common/errors/domain-error';

export class ProjectNotFoundError extends DomainError {
  readonly code = 'PROJECT_NOT_FOUND';

  constructor() {
    super({ de: 'Dieses Projekt gibt es nicht.', en: 'There is no such project.' });
  }
}

export class NotProjectLeadError extends DomainError {
  readonly code = 'NOT_PROJECT_LEAD';

  constructor() {
    super({
      de: 'Das können nur Mitglieder der federführenden Organisation des Projekts.',
      en: "Only members of the project's lead organisation can do this.",
    });
  }
}

export class ProjectDatesInvalidError extends DomainError {
  readonly code = 'PROJECT_DATES_INVALID';

  constructor() {
    super({ de: 'Das Ende darf nicht vor dem Beginn liegen.', en: 'The end must not lie before the start.' });
  }
}

export class ProposalNotPendingError extends DomainError {
  readonly code = 'PROJECT_PROPOSAL_NOT_PENDING';

  constructor() {
    super({ de: 'Über diesen Vorschlag ist schon entschieden.', en: 'This proposal has already been decided.' });
  }
}

export class MilestoneNotFoundError extends DomainError {
  readonly code = 'MILESTONE_NOT_FOUND';

  constructor() {
    super({ de: 'Diesen Meilenstein gibt es in dem Projekt nicht.', en: 'There is no such milestone in this project.' });
  }
}

export class MilestoneDoneError extends DomainError {
  readonly code = 'MILESTONE_DONE';

  constructor() {
    super({ de: 'Dieser Meilenstein ist schon erreicht.', en: 'This milestone is already done.' });
  }
}

export class ProjectClosedError extends DomainError {
  readonly code = 'PROJECT_CLOSED_TO_APPLICATIONS';

  constructor() {
    super({
      de: 'Dieses Projekt nimmt gerade keine neuen Beteiligten auf.',
      en: 'This project does not take new participants at the moment.',
    });
  }
}

export class AlreadyParticipantError extends DomainError {
  readonly code = 'PROJECT_ALREADY_PARTICIPANT';

  constructor() {
    super({ de: 'Ihre Organisation ist an diesem Projekt schon beteiligt.', en: 'Your organisation already takes part in this project.' });
  }
}

export class ApplicationPendingError extends DomainError {
  readonly code = 'APPLICATION_PENDING';

  constructor() {
    super({
      de: 'Ihre Organisation hat sich schon beworben; die Federführung entscheidet noch.',
      en: 'Your organisation has already applied; the lead has not decided yet.',
    });
  }
}

export class ApplicationNotFoundError extends DomainError {
  readonly code = 'APPLICATION_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Bewerbung gibt es nicht.', en: 'There is no such application.' });
  }
}

export class ApplicationDecidedError extends DomainError {
  readonly code = 'INVALID_STATUS_TRANSITION';

  constructor(status: string) {
    super({ de: 'Über diese Bewerbung ist schon entschieden.', en: 'This application has already been decided or withdrawn.' }, { from: status });
  }
}

export class NotParticipantError extends DomainError {
  readonly code = 'PROJECT_NOT_PARTICIPANT';

  constructor() {
    super({ de: 'Diese Organisation ist an dem Projekt nicht beteiligt.', en: 'This organisation does not take part in the project.' });
  }
}

export class LeadCannotLeaveError extends DomainError {
  readonly code = 'PROJECT_LEAD_CANNOT_LEAVE';

  constructor() {
    super({
      de: 'Die federführende Organisation kann nicht austreten: Übergeben Sie zuerst die Federführung.',
      en: 'The lead organisation cannot leave: hand the lead over first.',
    });
  }
}
