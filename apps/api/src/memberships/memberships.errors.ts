import { DomainError } from '../common/errors/domain-error';

export class InvitationInvalidError extends DomainError {
  readonly code = 'INVITATION_INVALID';

  constructor() {
    super({
      de: 'Diese Einladung ist ungültig, abgelaufen, zurückgezogen oder schon angenommen.',
      en: 'This invitation is invalid, has expired, was withdrawn or has been accepted already.',
    });
  }
}

export class InvitationForOtherAddressError extends DomainError {
  readonly code = 'INVITATION_FOR_OTHER_ADDRESS';

  constructor() {
    super({
      de: 'Diese Einladung gilt für eine andere E-Mail-Adresse. Melden Sie sich mit der eingeladenen Adresse an.',
      en: 'This invitation is for another e-mail address. Sign in with the invited address.',
    });
  }
}

export class LastOwnerError extends DomainError {
  readonly code = 'LAST_OWNER';

  constructor() {
    super({
      de: 'Die letzte Inhaberin bzw. der letzte Inhaber kann nicht entfernt werden.',
      en: 'The last owner cannot be removed.',
    });
  }
}

export class MemberNotFoundError extends DomainError {
  readonly code = 'MEMBER_NOT_FOUND';

  constructor() {
    super({ de: 'Diese Person gehört nicht zur Organisation.', en: 'This person is not a member of the organisation.' });
  }
}
