import { MAX_CUSTOM_PERIOD_DAYS, type PeriodError } from '@wiw/domain';
import { DomainError } from '../common/errors/domain-error';

const MESSAGES: Record<PeriodError['reason'], { de: string; en: string }> = {
  MISSING_BOUNDS: { de: 'Für einen eigenen Zeitraum sind Beginn und Ende nötig.', en: 'A custom period needs a start and an end.' },
  REVERSED: { de: 'Das Ende des Zeitraums liegt vor seinem Beginn.', en: 'The end of the period lies before its start.' },
  TOO_LONG: {
    de: `Ein eigener Zeitraum darf höchstens ${MAX_CUSTOM_PERIOD_DAYS} Tage umfassen.`,
    en: `A custom period may span at most ${MAX_CUSTOM_PERIOD_DAYS} days.`,
  },
};

export class DashboardPeriodInvalidError extends DomainError {
  readonly code = 'DASHBOARD_PERIOD_INVALID';

  constructor(reason: PeriodError['reason']) {
    super(MESSAGES[reason], { reason });
  }
}
