import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/domain-error';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

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
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new BadUserInputError({ de: `Das Datum muss zwischen ${MIN_YEAR} und ${MAX_YEAR} liegen.`, en: `The date must lie between ${MIN_YEAR} and ${MAX_YEAR}.` });
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
