import { DomainError } from '../../common/errors/domain-error';
import type { Bilingual } from '../../common/i18n/locale';

export class MeetingMinutesTooEarlyError extends DomainError {
  readonly code = 'MEETING_MINUTES_TOO_EARLY';

  constructor(startsAt: Date) {
    super(
      {
        de: 'Protokoll und Beschlüsse gibt es erst, wenn der Termin begonnen hat.',
        en: 'Minutes and decisions can only be published once the meeting has started.',
      },
      { startsAt: startsAt.toISOString() },
    );
  }
}

export class MeetingNotOrganiserError extends DomainError {
  readonly code = 'MEETING_NOT_ORGANISER';

  constructor() {
    super({
      de: 'Das Protokoll veröffentlichen nur die Mitglieder der ausrichtenden Organisation und die Geschäftsstelle.',
      en: 'Only members of the organising organisation and the joint office publish the minutes.',
    });
  }
}

/** Why a decision cannot be taken as written; the client shows the message at the decision. */
export type DecisionProblem =
  | 'UNKNOWN_AGENDA_ITEM'
  | 'UNKNOWN_DECISION'
  | 'PROJECT_NOT_IN_TOPIC_FIELDS'
  | 'DUE_IN_PAST'
  | 'MILESTONE_TITLE_MISSING'
  | 'MILESTONE_OF_OTHER_PROJECT'
  | 'UNKNOWN_ORGANISATION';

const PROBLEMS: Record<DecisionProblem, Bilingual> = {
  UNKNOWN_AGENDA_ITEM: { de: 'Diesen Tagesordnungspunkt hat der Termin nicht.', en: 'The meeting has no such agenda item.' },
  UNKNOWN_DECISION: { de: 'Diesen Beschluss gibt es in diesem Protokoll nicht.', en: 'These minutes have no such decision.' },
  PROJECT_NOT_IN_TOPIC_FIELDS: {
    de: 'Beschlüsse betreffen nur Projekte der Themenfelder des Termins.',
    en: "Decisions only concern projects of the meeting's topic fields.",
  },
  DUE_IN_PAST: { de: 'Das Fälligkeitsdatum liegt in der Vergangenheit.', en: 'The due date lies in the past.' },
  MILESTONE_TITLE_MISSING: { de: 'Ein neuer Meilenstein braucht einen Titel.', en: 'A new milestone needs a title.' },
  MILESTONE_OF_OTHER_PROJECT: { de: 'Der Meilenstein gehört zu einem anderen Projekt.', en: 'The milestone belongs to another project.' },
  UNKNOWN_ORGANISATION: { de: 'Die verantwortliche Organisation gibt es nicht.', en: 'The responsible organisation does not exist.' },
};

export class MeetingDecisionInvalidError extends DomainError {
  readonly code = 'MEETING_DECISION_INVALID';

  constructor(
    readonly problem: DecisionProblem,
    number?: number,
  ) {
    super(PROBLEMS[problem], { problem, decision: number ?? null });
  }
}
