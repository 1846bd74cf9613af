import { AVAILABILITY_NOTE_MAX_LENGTH, AVAILABILITY_PROBLEMS, type AvailabilityProblem, isValidDate, MAX_AVAILABILITY_RULES } from '@wiw/domain';
import type { AvailabilityExceptionInput, AvailabilityExceptionKind, AvailabilityRuleInput } from '../../gql/graphql';
import { isGraphQLRequestError } from '../../lib/graphql-client';
import { badInputIssues, type FormIssue, type FormIssues, type ServerIssues } from '../../lib/form/server-issues';
import { ErrorCodes } from '../../lib/error-codes';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "9:00", "09.00", "9" → "09:00"; "24:00" is the end of the day; null when it is no time of day. */
export function normaliseTime(value: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

// --- weekly periods ----------------------------------------------------------------------------

/** One period of the weekly editor; `key` keeps React's identity while rows come and go. */
export interface PeriodRow {
  key: string;
  weekday: number;
  start: string;
  end: string;
}

export type PeriodField = 'start' | 'end';
export type PeriodIssueCode = 'timeInvalid' | 'endNotAfterStart' | 'overlap';
export type PeriodIssue = FormIssue<PeriodIssueCode>;

export interface PeriodCheck {
  /** Per row key and field. */
  rows: Record<string, Partial<Record<PeriodField, PeriodIssue[]>>>;
  /** More periods than the API takes. */
  tooMany: boolean;
}

let nextKey = 0;
export const newRowKey = () => `period-${++nextKey}`;

export function rowsFromRules(rules: readonly { weekday: number; start: string; end: string }[]): PeriodRow[] {
  return [...rules]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map((rule) => ({ key: newRowKey(), weekday: rule.weekday, start: rule.start, end: rule.end }));
}

/** Every time HH:MM, each end after its start, no two periods of a day overlapping (touching is fine). */
export function checkPeriods(rows: readonly PeriodRow[]): PeriodCheck {
  const result: PeriodCheck = { rows: {}, tooMany: rows.length > MAX_AVAILABILITY_RULES };
  const add = (key: string, field: PeriodField, issue: PeriodIssue) => {
    ((result.rows[key] ??= {})[field] ??= []).push(issue);
  };
  const valid: { key: string; weekday: number; start: number; end: number; text: string }[] = [];
  for (const row of rows) {
    const start = normaliseTime(row.start);
    const end = normaliseTime(row.end);
    if (start === null || start === '24:00') add(row.key, 'start', { code: 'timeInvalid' });
    if (end === null) add(row.key, 'end', { code: 'timeInvalid' });
    if (start === null || end === null || start === '24:00') continue;
    if (minutesOf(end) <= minutesOf(start)) add(row.key, 'end', { code: 'endNotAfterStart' });
    else valid.push({ key: row.key, weekday: row.weekday, start: minutesOf(start), end: minutesOf(end), text: `${start}–${end}` });
  }
  for (const [index, period] of valid.entries()) {
    for (const other of valid.slice(index + 1)) {
      if (other.weekday !== period.weekday || other.start >= period.end || period.start >= other.end) continue;
      add(period.key, 'start', { code: 'overlap', values: { other: other.text } });
      add(other.key, 'start', { code: 'overlap', values: { other: period.text } });
    }
  }
  return result;
}

export function periodsValid(check: PeriodCheck): boolean {
  return !check.tooMany && Object.keys(check.rows).length === 0;
}

/** The rules as the API takes them: normalised, by weekday and start. */
export function toRulesInput(rows: readonly PeriodRow[]): AvailabilityRuleInput[] {
  return sortRows(rows).map((row) => ({
    weekday: row.weekday,
    start: normaliseTime(row.start) ?? row.start,
    end: normaliseTime(row.end) ?? row.end,
  }));
}

/** A problem code of AVAILABILITY_INVALID the contract names (each has a text), or something else. */
export const isAvailabilityProblem = (value: string): value is AvailabilityProblem => (AVAILABILITY_PROBLEMS as readonly string[]).includes(value);

/** The problems the server names in AVAILABILITY_INVALID (`extensions.problems`), or null for other errors. */
export function availabilityProblems(error: unknown): string[] | null {
  if (!isGraphQLRequestError(error) || error.code !== ErrorCodes.AVAILABILITY_INVALID) return null;
  const problems = error.errors[0]?.extensions?.problems;
  return Array.isArray(problems) ? problems.filter((problem): problem is string => typeof problem === 'string') : [];
}

// --- exceptions --------------------------------------------------------------------------------

export interface ExceptionFormValues {
  date: string;
  kind: AvailabilityExceptionKind;
  /** An absence of the whole day (no times). */
  wholeDay: boolean;
  start: string;
  end: string;
  note: string;
}

export const EXCEPTION_FIELDS = ['date', 'kind', 'start', 'end', 'note'] as const;
export type ExceptionField = (typeof EXCEPTION_FIELDS)[number];
export type ExceptionIssueCode = 'dateRequired' | 'dateInvalid' | 'datePast' | 'timeInvalid' | 'endNotAfterStart' | 'noteLength';

export const emptyExceptionValues = (): ExceptionFormValues => ({ date: '', kind: 'ABSENCE', wholeDay: true, start: '', end: '', note: '' });

/** Times are needed for extra hours and for an absence of part of a day. */
export const needsTimes = (values: ExceptionFormValues) => values.kind === 'EXTRA' || !values.wholeDay;

export function validateException(values: ExceptionFormValues, today: string): FormIssues<ExceptionField, ExceptionIssueCode> {
  const issues: FormIssues<ExceptionField, ExceptionIssueCode> = {};
  const add = (field: ExceptionField, code: ExceptionIssueCode) => {
    (issues[field] ??= []).push({ code });
  };
  if (values.date === '') add('date', 'dateRequired');
  else if (!isValidDate(values.date)) add('date', 'dateInvalid');
  else if (values.date < today) add('date', 'datePast');
  if (needsTimes(values)) {
    const start = normaliseTime(values.start);
    const end = normaliseTime(values.end);
    if (start === null || start === '24:00') add('start', 'timeInvalid');
    if (end === null) add('end', 'timeInvalid');
    else if (start !== null && start !== '24:00' && minutesOf(end) <= minutesOf(start)) add('end', 'endNotAfterStart');
  }
  if ([...values.note.trim()].length > AVAILABILITY_NOTE_MAX_LENGTH || /\p{Cc}/u.test(values.note)) add('note', 'noteLength');
  return issues;
}

export function toExceptionInput(values: ExceptionFormValues): AvailabilityExceptionInput {
  const timed = needsTimes(values);
  return {
    date: values.date,
    kind: values.kind,
    start: timed ? normaliseTime(values.start) : null,
    end: timed ? normaliseTime(values.end) : null,
    note: values.note.trim() || null,
  };
}

/** What to say about an exception field the server rejected by a validation constraint. */
const EXCEPTION_CONSTRAINT_CODES: Record<ExceptionField, ExceptionIssueCode | null> = {
  date: 'dateInvalid',
  kind: null,
  start: 'timeInvalid',
  end: 'timeInvalid',
  note: 'noteLength',
};

/**
 * Maps an error of addAvailabilityException: AVAILABILITY_INVALID (its problems, said in the
 * summary) and BAD_USER_INPUT with `extensions.fields`. Null for other errors (an alert).
 */
export function exceptionServerIssues(error: unknown, problemText: (problem: string) => string): ServerIssues<ExceptionField> | null {
  const problems = availabilityProblems(error);
  if (problems !== null) return { issues: {}, unmatched: problems.length > 0 ? problems.map(problemText) : [(error as Error).message] };
  return badInputIssues(
    error,
    (name) => EXCEPTION_FIELDS.find((candidate) => candidate === name),
    (field) => EXCEPTION_CONSTRAINT_CODES[field],
  );
}

/** The rows in the order they are sent (weekday, then start), so that "rules.3.start" names a row. */
export function sortRows(rows: readonly PeriodRow[]): PeriodRow[] {
  return [...rows].sort((a, b) => a.weekday - b.weekday || (normaliseTime(a.start) ?? a.start).localeCompare(normaliseTime(b.start) ?? b.start));
}

/** Row and field of the weekly editor the server rejected ("rules.3.start"), from BAD_USER_INPUT. */
export function ruleServerFields(error: unknown, sent: readonly PeriodRow[]): { key: string; field: PeriodField }[] | null {
  if (!isGraphQLRequestError(error) || error.code !== ErrorCodes.BAD_USER_INPUT) return null;
  const found: { key: string; field: PeriodField }[] = [];
  for (const payload of error.errors) {
    const entries = Array.isArray(payload.extensions?.fields) ? (payload.extensions.fields as unknown[]) : [];
    for (const entry of entries) {
      const path = typeof entry === 'object' && entry !== null ? (entry as { field?: unknown }).field : undefined;
      const match = typeof path === 'string' ? /^rules\.(\d+)\.(start|end)$/.exec(path) : null;
      const row = match ? sent[Number(match[1])] : undefined;
      if (row && match) found.push({ key: row.key, field: match[2] as PeriodField });
    }
  }
  return found.length > 0 ? found : null;
}
