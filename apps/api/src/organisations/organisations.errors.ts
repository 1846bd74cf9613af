import { DomainError } from '../common/errors/domain-error';

export class OrganisationNotFoundError extends DomainError {
  readonly code = 'ORGANISATION_NOT_FOUND';

  constructor(id: string) {
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    super({ de: `Die Organisation „${shown}“ wurde nicht gefunden.`, en: `Organisation "${shown}" was not found.` }, { id: shown });
  }
}
