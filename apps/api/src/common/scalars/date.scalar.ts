import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/domain-error';
import { DATE_YEAR_RANGE } from '@wiw/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): Date {
  const text = typeof value === 'string' ? value : '';
  const date = DATE.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    const shown = String(value).slice(0, 30);
    throw new BadUserInputError({
      de: `„${shown}“ ist kein gültiges Datum (erwartet: JJJJ-MM-TT).`,
      en: `"${shown}" is not a valid date (expected YYYY-MM-DD).`,
    });
  }
  // Calendar arithmetic (a day after 9999-12-31) and PostgreSQL (no year 0) need sane years.
  const year = date.getUTCFullYear();
  if (year < DATE_YEAR_RANGE.min || year > DATE_YEAR_RANGE.max) {
    throw new BadUserInputError({
      de: `Das Datum muss zwischen ${DATE_YEAR_RANGE.min} und ${DATE_YEAR_RANGE.max} liegen.`,
      en: `The date must lie between ${DATE_YEAR_RANGE.min} and ${DATE_YEAR_RANGE.max}.`,
    });
  }
  return date;
}

/** A calendar day without time or zone, "YYYY-MM-DD" (PostgreSQL `date`, held as UTC midnight). */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar day without time zone, formatted YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value : parseDate(value)).toISOString().slice(0, 10),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});
