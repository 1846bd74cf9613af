import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../lib/graphql-client';
import {
  availabilityProblems,
  checkPeriods,
  emptyExceptionValues,
  exceptionServerIssues,
  normaliseTime,
  periodsValid,
  ruleServerFields,
  sortRows,
  toExceptionInput,
  toRulesInput,
  validateException,
  type PeriodRow,
} from './availability-form';
import { ErrorCodes } from '../../lib/error-codes';

const row = (key: string, weekday: number, start: string, end: string): PeriodRow => ({ key, weekday, start, end });

describe('normaliseTime', () => {
  it('accepts what people type and gives HH:MM', () => {
    expect(normaliseTime('9:00')).toBe('09:00');
    expect(normaliseTime('09.30')).toBe('09:30');
    expect(normaliseTime(' 14 ')).toBe('14:00');
    expect(normaliseTime('24:00')).toBe('24:00');
  });

  it('refuses what is no time of day', () => {
    for (const value of ['', '24:30', '25:00', '12:60', '1200', 'neun']) expect(normaliseTime(value)).toBeNull();
  });
});

describe('checkPeriods', () => {
  it('accepts touching periods and the same times on other days', () => {
    const check = checkPeriods([
      row('a', 1, '09:00', '12:00'),
      row('b', 1, '12:00', '16:00'),
      row('c', 2, '09:00', '12:00'),
      row('d', 3, '20:00', '24:00'),
    ]);
    expect(periodsValid(check)).toBe(true);
  });

  it('reports bad times, an end before the start and overlaps on both periods', () => {
    const check = checkPeriods([
      row('a', 1, '09:00', '12:00'),
      row('b', 1, '11:00', '13:00'),
      row('c', 2, '14:00', '10:00'),
      row('d', 3, '9', 'mittags'),
      row('e', 4, '24:00', '24:00'),
    ]);
    expect(check.rows).toEqual({
      a: { start: [{ code: 'overlap', values: { other: '11:00–13:00' } }] },
      b: { start: [{ code: 'overlap', values: { other: '09:00–12:00' } }] },
      c: { end: [{ code: 'endNotAfterStart' }] },
      d: { end: [{ code: 'timeInvalid' }] },
      e: { start: [{ code: 'timeInvalid' }] },
    });
    expect(periodsValid(check)).toBe(false);
  });

  it('allows at most 50 periods', () => {
    const rows = Array.from({ length: 51 }, (_, index) =>
      row(
        `r${index}`,
        (index % 7) + 1,
        `${String(Math.floor(index / 7)).padStart(2, '0')}:00`,
        `${String(Math.floor(index / 7)).padStart(2, '0')}:30`,
      ),
    );
    expect(checkPeriods(rows).tooMany).toBe(true);
    expect(checkPeriods(rows.slice(0, 50)).tooMany).toBe(false);
  });
});

describe('rules input', () => {
  it('sends normalised rules by weekday and start; server field paths name the sent rows', () => {
    const rows = [row('late', 2, '14:00', '16:00'), row('early', 2, '9:00', '12:00'), row('mon', 1, '08:00', '10:00')];
    expect(toRulesInput(rows)).toEqual([
      { weekday: 1, start: '08:00', end: '10:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 2, start: '14:00', end: '16:00' },
    ]);
    const error = new GraphQLRequestError('Ungültig', ErrorCodes.BAD_USER_INPUT, {
      errors: [{ message: 'Ungültig', extensions: { code: ErrorCodes.BAD_USER_INPUT, fields: [{ field: 'rules.2.end' }] } }],
    });
    expect(ruleServerFields(error, sortRows(rows))).toEqual([{ key: 'late', field: 'end' }]);
  });

  it('reads the problems of AVAILABILITY_INVALID', () => {
    const error = new GraphQLRequestError('Die Zeiten passen nicht.', ErrorCodes.AVAILABILITY_INVALID, {
      errors: [{ message: 'Die Zeiten passen nicht.', extensions: { code: ErrorCodes.AVAILABILITY_INVALID, problems: ['OVERLAPPING_RULES'] } }],
    });
    expect(availabilityProblems(error)).toEqual(['OVERLAPPING_RULES']);
    expect(availabilityProblems(new GraphQLRequestError('x', ErrorCodes.FORBIDDEN))).toBeNull();
  });
});

describe('exceptions', () => {
  const today = '2026-11-23';

  it('needs a day from today on; times only for extra hours and partial absences', () => {
    expect(validateException({ ...emptyExceptionValues(), date: today }, today)).toEqual({});
    expect(validateException({ ...emptyExceptionValues() }, today)).toEqual({ date: [{ code: 'dateRequired' }] });
    expect(validateException({ ...emptyExceptionValues(), date: '2026-11-22' }, today)).toEqual({ date: [{ code: 'datePast' }] });
    expect(validateException({ ...emptyExceptionValues(), date: today, kind: 'EXTRA' }, today)).toEqual({
      start: [{ code: 'timeInvalid' }],
      end: [{ code: 'timeInvalid' }],
    });
    expect(validateException({ ...emptyExceptionValues(), date: today, wholeDay: false, start: '14:00', end: '13:00' }, today)).toEqual({
      end: [{ code: 'endNotAfterStart' }],
    });
    expect(validateException({ ...emptyExceptionValues(), date: today, note: 'x'.repeat(201) }, today)).toEqual({ note: [{ code: 'noteLength' }] });
  });

  it('sends a whole-day absence without times and extra hours with them', () => {
    expect(toExceptionInput({ ...emptyExceptionValues(), date: today, start: '09:00', end: '10:00', note: ' Urlaub ' })).toEqual({
      date: today,
      kind: 'ABSENCE',
      start: null,
      end: null,
      note: 'Urlaub',
    });
    expect(toExceptionInput({ ...emptyExceptionValues(), date: today, kind: 'EXTRA', start: '18', end: '20:00' })).toEqual({
      date: today,
      kind: 'EXTRA',
      start: '18:00',
      end: '20:00',
      note: null,
    });
  });

  it('maps the server problems of an exception to the summary', () => {
    const error = new GraphQLRequestError('Die Zeiten passen nicht.', ErrorCodes.AVAILABILITY_INVALID, {
      errors: [{ message: 'Die Zeiten passen nicht.', extensions: { code: ErrorCodes.AVAILABILITY_INVALID, problems: ['MISSING_TIME'] } }],
    });
    expect(exceptionServerIssues(error, (problem) => `text ${problem}`)).toEqual({ issues: {}, unmatched: ['text MISSING_TIME'] });
    expect(exceptionServerIssues(new GraphQLRequestError('x', ErrorCodes.FORBIDDEN), String)).toBeNull();
  });
});
