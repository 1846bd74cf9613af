import { DomainError } from '../common/errors/domain-error';
import type { Bilingual } from '../common/i18n/locale';

export class MeetingNotFoundError extends DomainError {
  readonly code = 'MEETING_NOT_FOUND';

  constructor() {
    super({ de: 'Diesen Termin gibt es nicht (oder er ist nicht für Sie sichtbar).', en: 'There is no such meeting (or it is not visible to you).' });
  }
}

/** Why a meeting's details do not fit together; the client shows the message at the form. */
export type MeetingProblem =
  | 'ENDS_BEFORE_START'
  | 'TOO_LONG'
  | 'PLACE_MISSING'
  | 'LINK_MISSING'
  | 'DEADLINE_AFTER_START'
  | 'AGENDA_TOO_LONG'
  | 'UNKNOWN_MUNICIPALITY'
  | 'UNKNOWN_ORGANISATION'
  | 'UNKNOWN_OFFICE'
  | 'CAPACITY_BELOW_REGISTERED'
  | 'NOT_REGISTERED'
  | 'MINUTES_PUBLISHED';

const PROBLEMS: Record<MeetingProblem, Bilingual> = {
  ENDS_BEFORE_START: { de: 'Das Ende muss nach dem Beginn liegen.', en: 'The end must be after the start.' },
  TOO_LONG: { de: 'Ein Termin dauert höchstens 72 Stunden.', en: 'A meeting lasts at most 72 hours.' },
  PLACE_MISSING: { de: 'Vor Ort und hybrid brauchen einen Ort.', en: 'In person and hybrid meetings need a place.' },
  LINK_MISSING: {
    de: 'Online und hybrid brauchen einen Besprechungslink (https://…).',
    en: 'Online and hybrid meetings need a meeting link (https://…).',
  },
  DEADLINE_AFTER_START: { de: 'Die Anmeldefrist muss vor dem Beginn enden.', en: 'The registration deadline must be before the start.' },
  AGENDA_TOO_LONG: { de: 'Die Tagesordnung ist länger als der Termin.', en: 'The agenda is longer than the meeting.' },
  UNKNOWN_MUNICIPALITY: { de: 'Diesen Ort kennen wir nicht.', en: 'Unknown municipality.' },
  UNKNOWN_ORGANISATION: {
    de: 'Eine verantwortliche Organisation der Tagesordnung gibt es nicht.',
    en: 'A responsible organisation of the agenda does not exist.',
  },
  UNKNOWN_OFFICE: { de: 'Ein eingeladenes Amt gibt es nicht.', en: 'An invited office does not exist.' },
  CAPACITY_BELOW_REGISTERED: {
    de: 'Es sind schon mehr Personen angemeldet, als die neue Platzzahl zulässt.',
    en: 'More people are already registered than the new capacity allows.',
  },
  NOT_REGISTERED: {
    de: 'Anwesend sein kann nur, wer einen Platz hat (nicht Warteliste oder zurückgezogen).',
    en: 'Only registrations holding a seat can attend (not waitlisted or withdrawn).',
  },
  MINUTES_PUBLISHED: {
    de: 'Das Protokoll ist veröffentlicht: Der Termin und seine Tagesordnung bleiben, wie sie waren.',
    en: 'The minutes are published: the meeting and its agenda stay as they were.',
  },
};

export class MeetingInvalidError extends DomainError {
  readonly code = 'MEETING_INVALID';

  constructor(readonly problem: MeetingProblem) {
    super(PROBLEMS[problem], { problem });
  }
}

export class MeetingRegistrationClosedError extends DomainError {
  readonly code = 'MEETING_REGISTRATION_CLOSED';

  constructor(deadline: Date | null) {
    super(
      deadline
        ? { de: 'Die Anmeldefrist für diesen Termin ist abgelaufen.', en: 'The registration deadline for this meeting has passed.' }
        : { de: 'Für diesen Termin ist keine Anmeldung möglich.', en: 'This meeting takes no registrations.' },
      { deadline: deadline?.toISOString() ?? null },
    );
  }
}

export class MeetingFullError extends DomainError {
  readonly code = 'MEETING_FULL';

  constructor(capacity: number) {
    super({ de: `Alle ${capacity} Plätze sind vergeben.`, en: `All ${capacity} seats are taken.` }, { capacity });
  }
}

export class MeetingAlreadyRegisteredError extends DomainError {
  readonly code = 'MEETING_ALREADY_REGISTERED';

  constructor() {
    super({ de: 'Sie sind für diesen Termin schon angemeldet.', en: 'You are already registered for this meeting.' });
  }
}

export class MeetingOrganisationCapError extends DomainError {
  readonly code = 'MEETING_ORGANISATION_CAP_REACHED';

  constructor(cap: number) {
    super({ de: `Je Organisation sind höchstens ${cap} Anmeldungen möglich.`, en: `At most ${cap} registrations per organisation.` }, { cap });
  }
}

export class MeetingRegistrationNotFoundError extends DomainError {
  readonly code = 'MEETING_REGISTRATION_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Anmeldung gibt es nicht.', en: 'There is no such registration.' });
  }
}

export class MeetingInvitationNotFoundError extends DomainError {
  readonly code = 'MEETING_INVITATION_NOT_FOUND';

  constructor() {
    super({
      de: 'Diese Einladung gibt es nicht, oder Sie können sie nicht beantworten (nur wer das eingeladene Amt innehat oder der eingeladenen Organisation angehört).',
      en: 'There is no such invitation, or you cannot answer it (only whoever holds the invited office or belongs to the invited organisation).',
    });
  }
}

export class MeetingDeputyInvalidError extends DomainError {
  readonly code = 'MEETING_DEPUTY_INVALID';

  constructor() {
    super({
      de: 'Als Vertretung benennen Sie ein anderes Mitglied der eingeladenen Organisation.',
      en: 'As deputy, name another member of the invited organisation.',
    });
  }
}

export class MeetingCancelledError extends DomainError {
  readonly code = 'MEETING_CANCELLED';

  constructor() {
    super({
      de: 'Dieser Termin ist abgesagt und kann nicht mehr geändert werden.',
      en: 'This meeting has been cancelled and can no longer be changed.',
    });
  }
}
