import { BadUserInputError } from './domain-error';

export const MAX_PAGE_SIZE = 100;

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
    super(
      { de: 'Der Cursor „after“ ist ungültig.', en: 'The cursor "after" is invalid.' },
      { argument: 'after' },
    );
  }
}

export class ValidationFailedError extends BadUserInputError {
  constructor(fields: Array<{ field: string; constraints: string[] }>) {
    const names = fields.map((f) => f.field).join(', ');
    super(
      { de: `Ungültige Eingabe in: ${names}.`, en: `Invalid input in: ${names}.` },
      { fields },
    );
  }
}
