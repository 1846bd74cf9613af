import type { AvailabilityProblem, NotCancellableReason } from '@wiw/domain';
import { DomainError } from '../../common/errors/domain-error';

export class FormatNotFoundError extends DomainError {
  readonly code = 'FORMAT_NOT_FOUND';

  constructor() {
    super({
      de: 'Dieses Beratungsformat gibt es nicht (oder es wird nicht mehr angeboten).',
      en: 'There is no such consultation format (or it is no longer offered).',
    });
  }
}

export class FormatOrganisationError extends DomainError {
  readonly code = 'FORMAT_ORGANISATION_INVALID';

  constructor() {
    super({
      de: 'Beratungsformate bieten Sie für eine Beratungsfirma oder eine Mitgliedsorganisation an, der Sie angehören.',
      en: 'You offer consultation formats for an advisory firm or a member organisation you belong to.',
    });
  }
}

export class FormatModeError extends DomainError {
  readonly code = 'FORMAT_MODE_INVALID';

  constructor() {
    super({
      de: 'Vor Ort braucht eine Adresse, online einen Besprechungslink (https://…).',
      en: 'On-site needs an address, remote needs a meeting link (https://…).',
    });
  }
}

export class AvailabilityInvalidError extends DomainError {
  readonly code = 'AVAILABILITY_INVALID';

  constructor(problems: readonly AvailabilityProblem[]) {
    super(
      {
        de: 'Die Zeiten passen nicht: jeder Zeitraum braucht einen Wochentag, Beginn vor Ende (HH:MM) und darf sich mit keinem anderen desselben Tages überschneiden.',
        en: 'The times do not fit: every period needs a weekday, a start before its end (HH:MM) and must not overlap another one of the same day.',
      },
      { problems },
    );
  }
}

export class ExceptionNotFoundError extends DomainError {
  readonly code = 'AVAILABILITY_EXCEPTION_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Ausnahme gibt es nicht.', en: 'There is no such exception.' });
  }
}

export class SlotRangeError extends DomainError {
  readonly code = 'SLOT_RANGE_INVALID';

  constructor(maxDays: number) {
    super(
      {
        de: `Der Zeitraum muss mit dem Beginn anfangen und darf höchstens ${maxDays} Tage umfassen.`,
        en: `The period must end after it starts and span at most ${maxDays} days.`,
      },
      { maxDays },
    );
  }
}

export class BookingNotFoundError extends DomainError {
  readonly code = 'BOOKING_NOT_FOUND';

  constructor() {
    super({ de: 'Diesen Termin gibt es nicht.', en: 'There is no such booking.' });
  }
}

export class BookingSlotTakenError extends DomainError {
  readonly code = 'BOOKING_SLOT_TAKEN';

  constructor() {
    super({
      de: 'Dieser Termin ist schon vergeben. Bitte wählen Sie einen anderen.',
      en: 'This slot has just been taken. Please choose another one.',
    });
  }
}

export class BookingFullError extends DomainError {
  readonly code = 'BOOKING_FULL';

  constructor() {
    super({ de: 'Dieser Gruppentermin ist ausgebucht.', en: 'This group session is fully booked.' });
  }
}

export class BookingTooShortNoticeError extends DomainError {
  readonly code = 'BOOKING_TOO_SHORT_NOTICE';

  constructor(hours: number) {
    super(
      {
        de: `Dieser Termin muss mindestens ${hours} Stunden im Voraus gebucht werden.`,
        en: `This slot must be booked at least ${hours} hours in advance.`,
      },
      { minimumNoticeHours: hours },
    );
  }
}

export class BookingOutsideHorizonError extends DomainError {
  readonly code = 'BOOKING_OUTSIDE_HORIZON';

  constructor(days: number) {
    super(
      { de: `Buchbar sind nur Termine in den nächsten ${days} Tagen.`, en: `Only slots within the next ${days} days can be booked.` },
      { bookingHorizonDays: days },
    );
  }
}

export class BookingUnavailableError extends DomainError {
  readonly code = 'BOOKING_SLOT_UNAVAILABLE';

  constructor() {
    super({
      de: 'Zu dieser Zeit bietet die Beraterin oder der Berater diesen Termin nicht an.',
      en: 'The advisor does not offer this consultation at that time.',
    });
  }
}

export class BookingFormatArchivedError extends DomainError {
  readonly code = 'BOOKING_FORMAT_ARCHIVED';

  constructor() {
    super({
      de: 'Dieses Beratungsformat ist archiviert: Buchungen darin lassen sich absagen, aber nicht mehr verschieben.',
      en: 'This consultation format is archived: its bookings can be cancelled but no longer rescheduled.',
    });
  }
}

export class BookingNotCancellableError extends DomainError {
  readonly code = 'BOOKING_NOT_CANCELLABLE';

  constructor(reason: NotCancellableReason) {
    super(
      reason === 'STATUS'
        ? {
            de: 'Dieser Termin ist abgesagt oder schon vorbei und kann nicht mehr geändert werden.',
            en: 'This booking is cancelled or over and can no longer be changed.',
          }
        : {
            de: 'Die Frist für Absage und Umbuchung ist abgelaufen. Bitte wenden Sie sich direkt an die Beraterin oder den Berater.',
            en: 'The deadline for cancelling or rescheduling has passed. Please contact the advisor directly.',
          },
      { reason },
    );
  }
}

export class BookingAlreadyBookedError extends DomainError {
  readonly code = 'BOOKING_ALREADY_BOOKED';

  constructor() {
    super({ de: 'Ihre Organisation hat in diesem Termin schon einen Platz.', en: 'Your organisation already has a seat in this session.' });
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';

  constructor() {
    super({
      de: 'Dieser Wiederholungsschlüssel gehört zu einer anderen Buchung.',
      en: 'This idempotency key belongs to a different booking.',
    });
  }
}

export class AttendanceTooEarlyError extends DomainError {
  readonly code = 'ATTENDANCE_TOO_EARLY';

  constructor() {
    super({ de: 'Die Teilnahme lässt sich erst ab Beginn des Termins erfassen.', en: 'Attendance can be recorded once the session has started.' });
  }
}
