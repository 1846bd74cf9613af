import type { RegionKey, RegionStatisticKind } from '../generated/prisma/enums';
import type { CsvRecord } from '../skills-import/csv';
import { readIllustrative, readKind, readRegion, readSource, readValue, readYear, type Parsed, type Problem } from './fields';

/** One figure of the RegionStatistic table, as the importer and the demo seed write it. */
export interface RegionFigure {
  kind: RegionStatisticKind;
  year: number;
  /** COMMUTERS: where people live; EMPLOYEES: null. */
  fromRegionKey: RegionKey | null;
  /** COMMUTERS: where they work; EMPLOYEES: the place of work. */
  toRegionKey: RegionKey;
  value: number;
  source: string;
  illustrative: boolean;
}

/** Identifies a figure: one row per kind, year and region pair (the table's unique index). */
export const figureKey = (figure: Pick<RegionFigure, 'kind' | 'year' | 'fromRegionKey' | 'toRegionKey'>): string =>
  `${figure.kind} ${figure.year} ${figure.fromRegionKey ?? '-'} ${figure.toRegionKey}`;

export const REQUIRED_COLUMNS = ['kind', 'year', 'from_region', 'to_region', 'value', 'source'] as const;
export const OPTIONAL_COLUMNS = ['illustrative'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Positions of the known columns, found by name (case-insensitive); other columns are ignored. */
export interface StatsColumns {
  count: number;
  index: Partial<Record<Column, number>>;
}

/** Reads the header row; throws (in German and English) when a required column is missing or a known one is repeated. */
export function statsColumns(header: ReadonlyArray<string>): StatsColumns {
  const names = header.map((name) => name.trim().toLowerCase());
  const known: ReadonlyArray<Column> = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  const repeated = known.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (repeated.length) {
    throw new Error(`Die Kopfzeile nennt ${repeated.join(', ')} mehrfach. / The header row names ${repeated.join(', ')} more than once.`);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    const found = names.join(', ') || '–';
    throw new Error(
      `Der Kopfzeile fehlen die Pflichtspalten ${missing.join(', ')} (gefunden: ${found}). / ` +
        `The header row lacks the required columns ${missing.join(', ')} (found: ${found}). ` +
        `Expected: ${known.join(',')}`,
    );
  }
  const index: StatsColumns['index'] = {};
  for (const column of known) if (names.includes(column)) index[column] = names.indexOf(column);
  return { count: names.length, index };
}

/** A row that cannot be imported and why; `superseded` rows are valid, but a later row gives the same figure. */
export interface StatsRowIssue extends Problem {
  line: number;
  kind: 'rejected' | 'superseded';
}

export interface StatsRow {
  line: number;
  figure: RegionFigure;
}

/** Checks one data row; all of its problems are named at once. */
export function readStatsRow(record: CsvRecord, columns: StatsColumns): StatsRow | StatsRowIssue {
  const { line, fields } = record;
  if (fields.length !== columns.count) {
    return {
      line,
      kind: 'rejected',
      de: `hat ${fields.length} Felder, die Kopfzeile ${columns.count}`,
      en: `has ${fields.length} fields, the header has ${columns.count}`,
    };
  }
  const field = (column: Column): string => {
    const i = columns.index[column];
    return i === undefined ? '' : fields[i]!.trim();
  };
  const problems: Problem[] = [];
  const take = <T>(parsed: Parsed<T>): T | undefined => {
    if ('value' in parsed) return parsed.value;
    problems.push(parsed.problem);
    return undefined;
  };
  const kind = take(readKind(field('kind')));
  const year = take(readYear(field('year')));
  const fromRegionKey = take(readRegion('from_region', field('from_region')));
  const toRegionKey = take(readRegion('to_region', field('to_region')));
  const value = take(readValue(field('value')));
  const source = take(readSource(field('source')));
  const illustrative = take(readIllustrative(field('illustrative')));

  if (toRegionKey === null) problems.push({ de: 'to_region ist leer', en: 'to_region is empty' });
  if (kind === 'EMPLOYEES' && fromRegionKey) {
    problems.push({
      de: 'from_region muss bei EMPLOYEES leer sein (Beschäftigte am Arbeitsort)',
      en: 'from_region must be empty for EMPLOYEES (employees by place of work)',
    });
  }
  if (kind === 'COMMUTERS' && fromRegionKey === null) {
    problems.push({ de: 'from_region ist leer (bei COMMUTERS der Wohnort)', en: 'from_region is empty (for COMMUTERS: where people live)' });
  }
  if (kind === 'COMMUTERS' && fromRegionKey && fromRegionKey === toRegionKey) {
    problems.push({ de: `from_region und to_region sind beide ${fromRegionKey}`, en: `from_region and to_region are both ${fromRegionKey}` });
  }
  if (problems.length) return { line, kind: 'rejected', de: problems.map((p) => p.de).join('; '), en: problems.map((p) => p.en).join('; ') };
  return {
    line,
    figure: {
      kind: kind!,
      year: year!,
      fromRegionKey: fromRegionKey!,
      toRegionKey: toRegionKey!,
      value: value!,
      source: source!,
      illustrative: illustrative!,
    },
  };
}

export const isStatsRowIssue = (row: StatsRow | StatsRowIssue): row is StatsRowIssue => 'kind' in row;
