import { Prisma } from '@wiw/db';
import { BadUserInputError, DomainError } from './domain-error';

export class AlreadyExistsError extends DomainError {
  readonly code = 'ALREADY_EXISTS';
}

export class RecordNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

/**
 * Maps the Prisma errors a client can provoke (P2002 unique, P2025 missing record, P2003
 * dangling reference) to domain errors, once for the whole API. Anything else is not the
 * client's fault and stays unmapped.
 */
export function fromPrismaError(error: unknown): DomainError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  switch (error.code) {
    case 'P2002':
      return new AlreadyExistsError({ de: 'Dieser Eintrag existiert bereits.', en: 'This entry already exists.' });
    case 'P2025':
      return new RecordNotFoundError({ de: 'Der Eintrag wurde nicht gefunden.', en: 'The entry was not found.' });
    case 'P2003':
      return new BadUserInputError({
        de: 'Ein referenzierter Eintrag existiert nicht.',
        en: 'A referenced entry does not exist.',
      });
    default:
      return null;
  }
}
