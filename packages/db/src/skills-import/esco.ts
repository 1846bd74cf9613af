import { hasControlCharacters } from '@wiw/domain';
import type { CsvRecord } from './csv';

/** ESCO names every skill concept by a URI under this prefix (always http, as published). */
export const ESCO_SKILL_URI_PREFIX = 'http://data.europa.eu/esco/skill/';
/** Skills created by the importer get this slug prefix; curated skills must not use it. */
export const IMPORTED_SKILL_SLUG_PREFIX = 'esco-';
export const MAX_PREFERRED_LABEL_LENGTH = 200;

const CONCEPT_ID = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
const SKILL_URI = /^https?:\/\/data\.europa\.eu\/esco\/skill\/([^/?#]+)$/;

/** The concept id (last path segment, lower case) of an ESCO skill URI, or null if it is none. */
export function escoSkillId(uri: string): string | null {
  const id = SKILL_URI.exec(uri)?.[1];
  return id && CONCEPT_ID.test(id) ? id.toLowerCase() : null;
}

export const escoSkillUri = (id: string): string => `${ESCO_SKILL_URI_PREFIX}${id}`;
export const escoSkillSlug = (id: string): string => `${IMPORTED_SKILL_SLUG_PREFIX}${id}`;
export const isImportedSkillSlug = (slug: string): boolean => slug.startsWith(IMPORTED_SKILL_SLUG_PREFIX);

/** Positions of the columns the importer reads; found by header name, so their order may vary. */
export interface EscoColumns {
  count: number;
  conceptUri: number;
  preferredLabel: number;
  altLabels: number | null;
  status: number | null;
}

/** Reads the header row; a file without conceptUri or preferredLabel cannot be imported at all. */
export function escoColumns(header: ReadonlyArray<string>): EscoColumns {
  const names = header.map((name) => name.trim());
  const find = (name: string): number | null => {
    const index = names.indexOf(name);
    return index < 0 ? null : index;
  };
  const conceptUri = find('conceptUri');
  const preferredLabel = find('preferredLabel');
  const missing = [conceptUri === null && 'conceptUri', preferredLabel === null && 'preferredLabel'].filter(Boolean);
  if (conceptUri === null || preferredLabel === null) {
    throw new Error(
      `The header row has no column ${missing.join(' and no column ')} (found: ${names.join(', ') || 'nothing'}). Is this an ESCO skills CSV file?`,
    );
  }
  return { count: names.length, conceptUri, preferredLabel, altLabels: find('altLabels'), status: find('status') };
}

/** A row that can be imported. */
export interface EscoSkillRow {
  line: number;
  uri: string;
  id: string;
  label: string;
  altLabels: string[];
}

/** A row that is not imported: `skipped` for concepts that are not released, `rejected` for bad data. */
export interface EscoRowIssue {
  line: number;
  kind: 'skipped' | 'rejected';
  reason: string;
}

const quoteShort = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** Checks one data row of the CSV file. */
export function readEscoRow(record: CsvRecord, columns: EscoColumns): EscoSkillRow | EscoRowIssue {
  const { line, fields } = record;
  const reject = (reason: string): EscoRowIssue => ({ line, kind: 'rejected', reason });
  if (fields.length !== columns.count) return reject(`has ${fields.length} fields, the header has ${columns.count}`);

  if (columns.status !== null) {
    const status = fields[columns.status]!.trim();
    if (status !== 'released') return { line, kind: 'skipped', reason: `status is ${quoteShort(status)}, not "released"` };
  }
  const uri = fields[columns.conceptUri]!.trim();
  const id = escoSkillId(uri);
  if (!id) return reject(uri ? `conceptUri ${quoteShort(uri)} is not an ESCO skill URI (${ESCO_SKILL_URI_PREFIX}<id>)` : 'conceptUri is empty');
  const label = fields[columns.preferredLabel]!.trim();
  if (!label) return reject('preferredLabel is empty');
  if (label.length > MAX_PREFERRED_LABEL_LENGTH)
    return reject(`preferredLabel is ${label.length} characters long (at most ${MAX_PREFERRED_LABEL_LENGTH})`);
  if (hasControlCharacters(label)) return reject('preferredLabel contains control characters (a line break?)');

  const altLabels =
    columns.altLabels === null
      ? []
      : fields[columns.altLabels]!.split(/\r\n|\r|\n/)
          .map((alt) => alt.trim())
          .filter((alt) => alt && !hasControlCharacters(alt));
  return { line, uri: escoSkillUri(id), id, label, altLabels };
}

export const isRowIssue = (row: EscoSkillRow | EscoRowIssue): row is EscoRowIssue => 'kind' in row;
