import type { DeskDayProblem } from '@wiw/domain';
import { DESK_BOOKING_HORIZON_DAYS } from '@wiw/domain';
import { DomainError } from '../common/errors/domain-error';

export class PlaceNotFoundError extends DomainError {
  readonly code = 'COWORKING_PLACE_NOT_FOUND';

  constructor() {
    super({ de: 'Diesen Co-Working-Ort gibt es nicht.', en: 'There is no such co-working place.' });
  }
}

export class DeskBookingNotFoundError extends DomainError {
  readonly code = 'DESK_BOOKING_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Schreibtischbuchung gibt es nicht.', en: 'There is no such desk booking.' });
  }
}

export class DeskDayFullError extends DomainError {
  readonly code = 'DESK_DAY_FULL';

  constructor() {
    super({ de: 'An diesem Tag sind alle Schreibtische vergeben.', en: 'All desks are taken on this day.' });
  }
}

export class DeskDayAlreadyBookedError extends DomainError {
  readonly code = 'DESK_DAY_ALREADY_BOOKED';

  constructor() {
    super({
      de: 'Sie haben für diesen Tag schon einen Schreibtisch gebucht (einen pro Person und Tag).',
      en: 'You have already booked a desk for this day (one per person and day).',
    });
  }
}

export class DeskDayNotBookableError extends DomainError {
  readonly code = 'DESK_DAY_NOT_BOOKABLE';

  constructor(problem: DeskDayProblem) {
    super(
      problem === 'PAST'
        ? { de: 'Dieser Tag ist vorbei (maßgeblich ist die Zeit in Deutschland).', en: 'This day is over (German time applies).' }
        : {
            de: `Schreibtische lassen sich höchstens ${DESK_BOOKING_HORIZON_DAYS} Tage im Voraus buchen.`,
            en: `Desks can be booked at most ${DESK_BOOKING_HORIZON_DAYS} days ahead.`,
          },
      { problem },
    );
  }
}

export class DeskDayNotCancellableError extends DomainError {
  readonly code = 'DESK_DAY_NOT_CANCELLABLE';

  constructor(deadline: Date | null) {
    super(
      deadline
        ? { de: 'Die Frist zum Stornieren ist abgelaufen.', en: 'The cancellation deadline has passed.' }
        : { de: 'Diese Buchung ist schon storniert.', en: 'This booking is already cancelled.' },
      deadline ? { deadline: deadline.toISOString() } : {},
    );
  }
}

export class PlaceMunicipalityError extends DomainError {
  readonly code = 'UNKNOWN_MUNICIPALITY';

  constructor() {
    super({
      de: 'Diesen Ort gibt es in den Regionen der Partnerschaft nicht.',
      en: 'There is no such municipality in the partnership’s regions.',
    });
  }
}
