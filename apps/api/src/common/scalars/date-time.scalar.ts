import { DATE_YEAR_RANGE, isValidDate } from '@wiw/domain';
import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/domain-error';

/** RFC 3339 date-time: seconds required, fraction optional, and a zone: Z or ±HH:MM. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function refuse(value: unknown): never {
  const shown = (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).slice(0, 40);
  throw new BadUserInputError({
    de: `„${shown}“ ist kein gültiger Zeitpunkt: erwartet wird ISO 8601 mit Z oder Zeitzonenversatz, z. B. 2027-03-28T01:30:00Z oder 2027-03-28T03:30:00+02:00.`,
    en: `"${shown}" is not a valid instant: expected ISO 8601 with Z or an offset, e.g. 2027-03-28T01:30:00Z or 2027-03-28T03:30:00+02:00.`,
  });
}

/**
 * The instant a date-time names, computed from its parts and never by Date's parser, so neither a
 * missing offset (which Date would read in the server's time zone) nor loose forms get through.
 */
function instantOf(value: unknown): Date | 'malformed' | 'outOfRange' {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match || !isValidDate(match[1])) return 'malformed';
  const [year, month, day] = match[1].split('-').map(Number) as [number, number, number];
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const [offsetHours, offsetMinutes] = [Number(match[7] ?? 0), Number(match[8] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59) return 'malformed';
  if (year < DATE_YEAR_RANGE.min || year > DATE_YEAR_RANGE.max) return 'outOfRange';
  const milliseconds = Number((match[5] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = (match[6] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds) - offset);
}

/** The instant of an RFC 3339 date-time with Z or an offset; BAD_USER_INPUT for anything else. */
export function parseDateTime(value: unknown): Date {
  const instant = instantOf(value);
  if (instant === 'malformed') refuse(value);
  if (instant === 'outOfRange') {
    throw new BadUserInputError({
      de: `Der Zeitpunkt muss zwischen ${DATE_YEAR_RANGE.min} und ${DATE_YEAR_RANGE.max} liegen.`,
      en: `The instant must lie between ${DATE_YEAR_RANGE.min} and ${DATE_YEAR_RANGE.max}.`,
    });
  }
  return instant;
}

/** The same reading for class-transformer (URL parameters): an Invalid Date, which @IsDate refuses, instead of throwing. */
export function dateTimeOrInvalid(value: unknown): Date {
  const instant = instantOf(value);
  return instant instanceof Date ? instant : new Date(Number.NaN);
}

/**
 * Replaces Nest's DateTime scalar, whose `new Date(value)` accepted any string (a time without
 * offset was read in the server's time zone) and even numbers. Answers are always UTC with Z.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant, written as an RFC 3339 date-time with Z or an explicit offset, such as 2027-03-28T01:30:00Z or 2027-03-28T03:30:00+02:00; a time without offset is refused. Answers are always in UTC (Z).',
  serialize: (value) => {
    const date = value instanceof Date ? value : parseDateTime(value);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid Date');
    return date.toISOString();
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});
