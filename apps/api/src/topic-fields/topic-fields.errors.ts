import { DomainError } from '../common/errors/domain-error';

export class TopicFieldNotFoundError extends DomainError {
  readonly code = 'TOPIC_FIELD_NOT_FOUND';

  constructor(key: string) {
    const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
    super(
      {
        de: `Das Themenfeld „${shown}“ gibt es nicht. Gültig sind NETWORKING, SKILLED_WORKERS, IT_COMPETENCE, RECOVERY und INFRASTRUCTURE.`,
        en: `There is no topic field "${shown}". Valid keys are NETWORKING, SKILLED_WORKERS, IT_COMPETENCE, RECOVERY and INFRASTRUCTURE.`,
      },
      { key: shown },
    );
  }
}
