import { describe, expect, it } from 'vitest';
import { escoColumns, escoSkillId, readEscoRow, type EscoColumns } from './esco';

const HEADER =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description'.split(
    ',',
  );
const URI = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

function row(values: Partial<Record<string, string>>, header: string[] = HEADER): string[] {
  return header.map((name) => values[name] ?? '');
}

describe('escoSkillId', () => {
  it('accepts http and https skill URIs and returns the concept id', () => {
    expect(escoSkillId(URI)).toBe('ccd0a1d9-afda-43d9-b901-96344886e14d');
    expect(escoSkillId(URI.replace('http:', 'https:'))).toBe('ccd0a1d9-afda-43d9-b901-96344886e14d');
  });

  it('refuses other ESCO concepts, other hosts, sub-paths, queries and odd ids', () => {
    for (const uri of [
      'http://data.europa.eu/esco/occupation/ccd0a1d9-afda-43d9-b901-96344886e14d',
      'ftp://data.europa.eu/esco/skill/ccd0a1d9',
      'http://example.org/esco/skill/ccd0a1d9',
      'http://data.europa.eu/esco/skill/',
      'http://data.europa.eu/esco/skill/a/b',
      'http://data.europa.eu/esco/skill/abc?x=1',
      'http://data.europa.eu/esco/skill/abc--def',
      'ccd0a1d9-afda-43d9-b901-96344886e14d',
    ]) {
      expect(escoSkillId(uri), uri).toBeNull();
    }
  });
});

describe('escoColumns', () => {
  it('finds the columns by name in any order', () => {
    expect(escoColumns(['description', ' preferredLabel ', 'conceptUri'])).toEqual({
      count: 3,
      conceptUri: 2,
      preferredLabel: 1,
      altLabels: null,
      status: null,
    });
  });

  it('refuses a header without conceptUri or preferredLabel', () => {
    expect(() => escoColumns(['uri', 'label'])).toThrow('The header row has no column conceptUri and no column preferredLabel (found: uri, label)');
  });
});

describe('readEscoRow', () => {
  const columns: EscoColumns = escoColumns(HEADER);
  const read = (values: Partial<Record<string, string>>) => readEscoRow({ line: 7, fields: row(values) }, columns);

  it('reads a released skill: trimmed label, alternative labels split by line break', () => {
    expect(
      read({ conceptUri: ` ${URI.replace('http:', 'https:')} `, preferredLabel: '  Python  ', altLabels: 'Python\r\n\n py3 \n', status: 'released' }),
    ).toEqual({
      line: 7,
      uri: URI,
      id: 'ccd0a1d9-afda-43d9-b901-96344886e14d',
      label: 'Python',
      altLabels: ['Python', 'py3'],
    });
  });

  it('skips concepts that are not released', () => {
    expect(read({ conceptUri: URI, preferredLabel: 'Python', status: 'obsolete' })).toEqual({
      line: 7,
      kind: 'skipped',
      reason: 'status is "obsolete", not "released"',
    });
  });

  it('rejects bad URIs, missing, over-long and multi-line labels and rows of the wrong width', () => {
    const reasonOf = (values: Partial<Record<string, string>>) => (read({ status: 'released', ...values }) as { reason: string }).reason;
    expect(reasonOf({ conceptUri: '', preferredLabel: 'x' })).toBe('conceptUri is empty');
    expect(reasonOf({ conceptUri: 'urn:x', preferredLabel: 'x' })).toBe(
      'conceptUri "urn:x" is not an ESCO skill URI (http://data.europa.eu/esco/skill/<id>)',
    );
    expect(reasonOf({ conceptUri: URI, preferredLabel: ' ' })).toBe('preferredLabel is empty');
    expect(reasonOf({ conceptUri: URI, preferredLabel: 'x'.repeat(201) })).toBe('preferredLabel is 201 characters long (at most 200)');
    expect(read({ conceptUri: URI, preferredLabel: 'x'.repeat(200), status: 'released' })).toHaveProperty('label');
    expect(reasonOf({ conceptUri: URI, preferredLabel: 'two\nlines' })).toBe('preferredLabel contains control characters (a line break?)');
    expect(readEscoRow({ line: 3, fields: ['a', 'b'] }, columns)).toEqual({ line: 3, kind: 'rejected', reason: 'has 2 fields, the header has 13' });
  });

  it('needs no status column', () => {
    const minimal = escoColumns(['conceptUri', 'preferredLabel']);
    expect(readEscoRow({ line: 2, fields: [URI, 'Python'] }, minimal)).toMatchObject({ label: 'Python', altLabels: [] });
  });
});
