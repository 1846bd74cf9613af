import { DomainError } from './domain-error';

/**
 * The portal is too busy to take this request in time (a queue for database work was full or its
 * wait ran out). Nothing was changed; the same request may simply be sent again after a moment.
 */
export class TryAgainError extends DomainError {
  readonly code = 'TRY_AGAIN';

  constructor(retryAfterSeconds = 2) {
    super(
      {
        de: 'Das Portal ist gerade stark ausgelastet; nichts wurde geändert. Bitte versuchen Sie es gleich noch einmal.',
        en: 'The portal is very busy right now; nothing was changed. Please try again in a moment.',
      },
      { retryAfterSeconds },
    );
  }
}

/** Prisma's "Unable to start a transaction in the given time" (P2028 from maxWait): no connection came in time. */
export function isTransactionStartTimeout(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'P2028' && /Unable to start a transaction/i.test(error.message);
}

/** TRY_AGAIN for an error that only says "too busy to start", or null. */
export function fromOverload(error: unknown): TryAgainError | null {
  return isTransactionStartTimeout(error) ? new TryAgainError() : null;
}
