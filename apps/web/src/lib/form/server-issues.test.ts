import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../error-codes';
import { GraphQLRequestError } from '../graphql-client';
import { badInputIssues, hasIssues } from './server-issues';

const FIELDS = ['title', 'skills'] as const;
type Field = (typeof FIELDS)[number];
const toField = (name: string) => FIELDS.find((field) => field === name);
const codeOf = (field: Field) => (field === 'title' ? 'titleLength' : null);

const badInput = (...payloads: Array<{ message: string; fields?: unknown }>) =>
  new GraphQLRequestError('Ungültige Eingabe.', ErrorCodes.BAD_USER_INPUT, {
    errors: payloads.map(({ message, fields }) => ({ message, extensions: { code: ErrorCodes.BAD_USER_INPUT, fields } })),
  });

describe('badInputIssues', () => {
  it('puts each rejected path on its field once, by the first segment, as the field’s code', () => {
    const error = badInput({ message: 'Titel zu lang.', fields: [{ field: 'title' }, { field: 'title.0' }] });
    expect(badInputIssues(error, toField, codeOf)).toEqual({ issues: { title: [{ code: 'titleLength' }] }, unmatched: [] });
  });

  it('says in the summary what has no field, no code or no path, each message once', () => {
    const error = badInput(
      { message: 'Unbekanntes Feld.', fields: [{ field: 'colour' }, { field: 'colour.1' }] },
      { message: 'Fähigkeit ungültig.', fields: [{ field: 'skills.0.level' }] },
      { message: 'Ohne Pfad.' },
      { message: 'Kaputt.', fields: [42, { field: 7 }] },
    );
    expect(badInputIssues(error, toField, codeOf)).toEqual({
      issues: {},
      unmatched: ['Unbekanntes Feld.', 'Fähigkeit ungültig.', 'Ohne Pfad.', 'Kaputt.'],
    });
  });

  it('leaves every other error to the caller', () => {
    expect(badInputIssues(new GraphQLRequestError('Nein.', ErrorCodes.FORBIDDEN), toField, codeOf)).toBeNull();
    expect(badInputIssues(new Error('boom'), toField, codeOf)).toBeNull();
  });
});

describe('hasIssues', () => {
  it('is true only when some field has an issue', () => {
    expect(hasIssues({})).toBe(false);
    expect(hasIssues({ title: [] })).toBe(false);
    expect(hasIssues({ title: [], skills: [{ message: 'x' }] })).toBe(true);
  });
});
