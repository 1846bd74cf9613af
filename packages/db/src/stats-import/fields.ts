import { hasControlCharacters } from '@wiw/domain';
import { RegionKey, RegionStatisticKind } from '../generated/prisma/enums';

/*
 * The values of one field of a region statistics CSV file. Each reader returns the value, or the
 * problem in German and English.
 */

/** A problem with a row, said in both languages of the portal. */
export interface Problem {
  de: string;
  en: string;
}

export type Parsed<T> = { value: T } | { problem: Problem };

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
export const MAX_SOURCE_LENGTH = 300;
/** The column is a PostgreSQL integer. */
export const MAX_VALUE = 2_147_483_647;

/** Official Kreisschlüssel (the district part of the Amtlicher Gemeindeschlüssel) of the partnership regions. */
export const KREISSCHLUESSEL: Readonly<Record<string, RegionKey>> = {
  '05913': RegionKey.DORTMUND,
  '05958': RegionKey.HOCHSAUERLANDKREIS,
  '05962': RegionKey.MAERKISCHER_KREIS,
  '05966': RegionKey.OLPE,
  '05970': RegionKey.SIEGEN_WITTGENSTEIN,
  '05974': RegionKey.SOEST,
};

/** German names of the kinds that the file may use instead of the English ones. */
const KIND_NAMES: Readonly<Record<string, RegionStatisticKind>> = {
  COMMUTERS: RegionStatisticKind.COMMUTERS,
  PENDLER: RegionStatisticKind.COMMUTERS,
  EMPLOYEES: RegionStatisticKind.EMPLOYEES,
  BESCHAEFTIGTE: RegionStatisticKind.EMPLOYEES,
};

const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, ja: true, '1': true, false: false, nein: false, '0': false };

const quoteDe = (value: string): string => `„${value.length > 40 ? `${value.slice(0, 39)}…` : value}“`;
const quoteEn = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
const problem = (de: string, en: string): { problem: Problem } => ({ problem: { de, en } });
const empty = (column: string) => problem(`${column} ist leer`, `${column} is empty`);

export function readKind(text: string): Parsed<RegionStatisticKind> {
  if (!text) return empty('kind');
  const kind = KIND_NAMES[text.toUpperCase().replace(/Ä/g, 'AE')];
  if (kind) return { value: kind };
  return problem(
    `kind ${quoteDe(text)} ist weder COMMUTERS (PENDLER) noch EMPLOYEES (BESCHAEFTIGTE)`,
    `kind ${quoteEn(text)} is neither COMMUTERS (PENDLER) nor EMPLOYEES (BESCHAEFTIGTE)`,
  );
}

export function readYear(text: string): Parsed<number> {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= MIN_YEAR && year <= MAX_YEAR) return { value: year };
  return problem(
    `year ${quoteDe(text)} ist kein Jahr von ${MIN_YEAR} bis ${MAX_YEAR}`,
    `year ${quoteEn(text)} is not a year from ${MIN_YEAR} to ${MAX_YEAR}`,
  );
}

const REGION_KEYS: ReadonlyArray<string> = Object.values(RegionKey);

/**
 * A region by its key (in any case) or by its Kreisschlüssel (also with the leading zero lost, as
 * spreadsheets do). Empty text is null.
 */
export function readRegion(column: string, text: string): Parsed<RegionKey | null> {
  if (!text) return { value: null };
  if (/^\d{4,5}$/.test(text)) {
    const key = text.padStart(5, '0');
    const region = KREISSCHLUESSEL[key];
    if (region) return { value: region };
    const known = Object.keys(KREISSCHLUESSEL).join(', ');
    return problem(
      `${column}: Kreisschlüssel ${key} gehört zu keiner Partnerregion (${known}); Zahlen anderer Kreise zusammengefasst als OTHER angeben`,
      `${column}: Kreisschlüssel ${key} is not a partnership region (${known}); give figures of other districts summed up as OTHER`,
    );
  }
  const key = text.toUpperCase();
  if (REGION_KEYS.includes(key)) return { value: key as RegionKey };
  return problem(
    `${column} ${quoteDe(text)} ist weder eine Region (${REGION_KEYS.join(', ')}) noch ein fünfstelliger Kreisschlüssel`,
    `${column} ${quoteEn(text)} is neither a region (${REGION_KEYS.join(', ')}) nor a five-digit Kreisschlüssel`,
  );
}

/** A non-negative whole number, optionally with German thousands separators: 12.345. */
export function readValue(text: string): Parsed<number> {
  if (!text) return empty('value');
  if (/^-\s*[\d.,]+$/.test(text)) return problem(`value ${quoteDe(text)} ist negativ`, `value ${quoteEn(text)} is negative`);
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(text)) {
    return problem(
      `value ${quoteDe(text)} ist keine ganze Zahl (erlaubt: Ziffern, Tausenderpunkte wie 12.345)`,
      `value ${quoteEn(text)} is not a whole number (allowed: digits, thousands separated by dots as in 12.345)`,
    );
  }
  const value = Number(text.replace(/\./g, ''));
  if (value > MAX_VALUE)
    return problem(`value ${quoteDe(text)} ist zu groß (höchstens ${MAX_VALUE})`, `value ${quoteEn(text)} is too large (at most ${MAX_VALUE})`);
  return { value };
}

export function readSource(text: string): Parsed<string> {
  if (!text) return empty('source');
  if (text.length > MAX_SOURCE_LENGTH) {
    return problem(
      `source ist ${text.length} Zeichen lang (höchstens ${MAX_SOURCE_LENGTH})`,
      `source is ${text.length} characters long (at most ${MAX_SOURCE_LENGTH})`,
    );
  }
  if (hasControlCharacters(text))
    return problem('source enthält Steuerzeichen (einen Zeilenumbruch?)', 'source contains control characters (a line break?)');
  return { value: text };
}

/** true/false, ja/nein, 1/0 in any case; empty is false. */
export function readIllustrative(text: string): Parsed<boolean> {
  if (!text) return { value: false };
  const value = BOOLEANS[text.toLowerCase()];
  if (value !== undefined) return { value };
  return problem(
    `illustrative ${quoteDe(text)} ist keiner der Werte true, false, ja, nein, 1, 0`,
    `illustrative ${quoteEn(text)} is none of true, false, ja, nein, 1, 0`,
  );
}
