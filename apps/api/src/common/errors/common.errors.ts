import { MAX_PAGE_SIZE } from '@wiw/domain';
import { BadUserInputError, DomainError } from './domain-error';

export class PageSizeError extends BadUserInputError {
  constructor(first: number) {
    super(
      {
        de: `„first“ muss zwischen 1 und ${MAX_PAGE_SIZE} liegen (erhalten: ${first}).`,
        en: `"first" must be between 1 and ${MAX_PAGE_SIZE} (got ${first}).`,
      },
      { argument: 'first', max: MAX_PAGE_SIZE },
    );
  }
}

export class InvalidCursorError extends BadUserInputError {
  constructor() {
    super({ de: 'Der Cursor „after“ ist ungültig.', en: 'The cursor "after" is invalid.' }, { argument: 'after' });
  }
}

export class ValidationFailedError extends BadUserInputError {
  constructor(fields: Array<{ field: string; constraints: string[] }>) {
    const names = fields.map((f) => f.field).join(', ');
    super({ de: `Ungültige Eingabe in: ${names}.`, en: `Invalid input in: ${names}.` }, { fields });
  }
}

export class QueryTooDeepError extends DomainError {
  readonly code = 'QUERY_TOO_DEEP';

  constructor(max: number) {
    super(
      { de: `Die Anfrage ist zu tief verschachtelt (höchstens ${max} Ebenen).`, en: `The query is nested too deeply (at most ${max} levels).` },
      { max },
    );
  }
}

export class QueryTooComplexError extends DomainError {
  readonly code = 'QUERY_TOO_COMPLEX';

  constructor(cost: number, max: number) {
    super(
      {
        de: `Die Anfrage ist zu aufwendig (Kosten ${cost}, höchstens ${max}). Bitte weniger Felder oder kleinere Seiten abfragen.`,
        en: `The query is too expensive (cost ${cost}, at most ${max}). Please ask for fewer fields or smaller pages.`,
      },
      { cost, max },
    );
  }
}

/** A subscription (or any operation type the schema lacks): graphql-js would fail it only while executing. */
export class OperationNotSupportedError extends DomainError {
  readonly code = 'OPERATION_NOT_SUPPORTED';

  constructor(operation: string) {
    super(
      { de: `Operationen vom Typ „${operation}“ werden nicht unterstützt.`, en: `Operations of type "${operation}" are not supported.` },
      { operation },
    );
  }
}
