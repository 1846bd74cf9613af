import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mergeSynonyms, skillSearchText, synonymKey } from '@wiw/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { SkillCategory } from '../generated/prisma/enums';
import { parseCsv, type CsvRecord } from './csv';
import {
  escoColumns,
  escoSkillSlug,
  isImportedSkillSlug,
  isRowIssue,
  readEscoRow,
  type EscoColumns,
  type EscoRowIssue,
  type EscoSkillRow,
} from './esco';

export type SkillLanguage = 'de' | 'en';

export interface SkillImportOptions {
  /** The language of the file's labels: `de` sets labelDe, `en` labelEn. */
  lang: SkillLanguage;
  /** Category of skills the import creates (existing skills keep theirs). Default OTHER. */
  category?: SkillCategory;
  /** Reads and checks everything, counts what would change, writes nothing. */
  dryRun?: boolean;
  /** Rows per transaction. Default 500. */
  batchSize?: number;
  /** Called after every data row with the number of data rows read so far. */
  onRow?: (rows: number) => void;
}

export interface SkillImportReport {
  lang: SkillLanguage;
  dryRun: boolean;
  /** Data rows read (the header not counted). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Concepts whose status is not "released". */
  skipped: number;
  rejected: number;
  /** The first REPORTED_ISSUES skipped or rejected rows, in file order. */
  issues: EscoRowIssue[];
}

export const DEFAULT_BATCH_SIZE = 500;
export const REPORTED_ISSUES = 20;

type Db = Prisma.TransactionClient;
type ExistingSkill = { id: string; slug: string; labelDe: string; labelEn: string; synonyms: string[] };

/** The import failed in one batch; earlier batches are committed, this one was rolled back. */
export class SkillImportBatchError extends Error {
  constructor(
    readonly firstLine: number,
    readonly lastLine: number,
    readonly committedRows: number,
    cause: unknown,
  ) {
    super(
      `Importing the rows on lines ${firstLine}–${lastLine} failed; that batch was rolled back, the ${committedRows} rows before it are imported. ` +
        `Cause: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'SkillImportBatchError';
  }
}

/** The names that are not (case-insensitively) one of the labels: a synonym never repeats a label. */
function withoutLabels(names: ReadonlyArray<string>, ...labels: string[]): string[] {
  const keys = new Set(labels.map(synonymKey));
  return names.filter((name) => !keys.has(synonymKey(name)));
}

/**
 * What a row makes of an existing skill. Imported skills (slug esco-…) take the file's label in
 * its language; curated skills keep their labels (the file's label only fills an empty one and
 * otherwise becomes a synonym). Alternative labels are added to the synonyms unless already there
 * or equal to a label.
 */
function updatedSkill(existing: ExistingSkill, row: EscoSkillRow, lang: SkillLanguage): Pick<ExistingSkill, 'labelDe' | 'labelEn' | 'synonyms'> {
  const key = lang === 'de' ? 'labelDe' : 'labelEn';
  const takesLabel = isImportedSkillSlug(existing.slug) || !existing[key].trim();
  const labels = { labelDe: existing.labelDe, labelEn: existing.labelEn, [key]: takesLabel ? row.label : existing[key] };
  const added = withoutLabels([...(takesLabel ? [] : [row.label]), ...row.altLabels], labels.labelDe, labels.labelEn);
  return { ...labels, synonyms: mergeSynonyms(existing.synonyms, added) };
}

type NewSkill = Pick<Prisma.SkillCreateManyInput, 'slug' | 'labelDe' | 'labelEn' | 'category' | 'searchText'> & {
  synonyms: string[];
  escoUri: string;
};

function newSkill(row: EscoSkillRow, category: SkillCategory): NewSkill {
  const synonyms = mergeSynonyms(withoutLabels(row.altLabels, row.label));
  return {
    slug: escoSkillSlug(row.id),
    labelDe: row.label,
    labelEn: row.label,
    synonyms,
    category,
    escoUri: row.uri,
    searchText: skillSearchText(row.label, row.label, synonyms),
  };
}

type SkillUpdate = Pick<ExistingSkill, 'id' | 'labelDe' | 'labelEn' | 'synonyms'> & { searchText: string };

/**
 * Updates many skills in one statement (one round trip instead of one per skill: importing the
 * second language of ESCO updates every row). Sets updatedAt as Prisma's @updatedAt would.
 */
async function updateSkills(db: Db, updates: SkillUpdate[]): Promise<void> {
  await db.$executeRaw`
    UPDATE "Skill" AS s
    SET "labelDe" = v."labelDe", "labelEn" = v."labelEn", "synonyms" = v."synonyms", "searchText" = v."searchText", "updatedAt" = CURRENT_TIMESTAMP
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS v(id uuid, "labelDe" text, "labelEn" text, "synonyms" text[], "searchText" text)
    WHERE s.id = v.id`;
}

/** Inserts many skills in one statement; Prisma's createMany compiles a slow plan for 500 rows with arrays. */
async function insertSkills(db: Db, skills: NewSkill[]): Promise<void> {
  const rows = skills.map((skill) => ({ id: randomUUID(), ...skill }));
  await db.$executeRaw`
    INSERT INTO "Skill" (id, slug, "labelDe", "labelEn", synonyms, category, "escoUri", "searchText", "createdAt", "updatedAt")
    SELECT v.id, v.slug, v."labelDe", v."labelEn", v.synonyms, v.category::"SkillCategory", v."escoUri", v."searchText", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS v(id uuid, slug text, "labelDe" text, "labelEn" text, synonyms text[], category text, "escoUri" text, "searchText" text)`;
}

const sameList = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Imports ESCO skills from CSV (the official skills_<lang>.csv). Upserts by ESCO URI in batches,
 * each in its own transaction; a second run of the same file changes nothing. Throws on a file it
 * cannot read as a whole (no header, missing columns, broken CSV) and on a failed batch
 * (SkillImportBatchError); bad rows are counted and reported instead.
 */
export async function importEscoSkills(
  prisma: PrismaClient,
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: SkillImportOptions,
): Promise<SkillImportReport> {
  const { lang, category = SkillCategory.OTHER, dryRun = false, batchSize = DEFAULT_BATCH_SIZE, onRow } = options;
  if (!Object.values(SkillCategory).includes(category)) throw new Error(`Unknown skill category ${String(category)}`);
  const report: SkillImportReport = { lang, dryRun, rows: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0, issues: [] };
  const issue = (found: EscoRowIssue) => {
    report[found.kind] += 1;
    if (report.issues.length < REPORTED_ISSUES) report.issues.push(found);
  };
  /** First line of every URI seen, to reject a concept listed twice. */
  const seen = new Map<string, number>();
  let batch: EscoSkillRow[] = [];
  let committed = 0;

  const applyBatch = async (db: Db, rows: EscoSkillRow[]) => {
    const counts = { inserted: 0, updated: 0, unchanged: 0, issues: [] as EscoRowIssue[] };
    const existing = await db.skill.findMany({
      where: { escoUri: { in: rows.map((row) => row.uri) } },
      select: { id: true, slug: true, labelDe: true, labelEn: true, synonyms: true, escoUri: true },
    });
    const byUri = new Map(existing.map((skill) => [skill.escoUri!, skill]));
    const fresh = rows.filter((row) => !byUri.has(row.uri));
    const taken = new Set(
      fresh.length
        ? (await db.skill.findMany({ where: { slug: { in: fresh.map((row) => escoSkillSlug(row.id)) } }, select: { slug: true } })).map((s) => s.slug)
        : [],
    );
    const updates: SkillUpdate[] = [];
    for (const row of rows) {
      const skill = byUri.get(row.uri);
      if (!skill) continue;
      const next = updatedSkill(skill, row, lang);
      if (next.labelDe === skill.labelDe && next.labelEn === skill.labelEn && sameList(next.synonyms, skill.synonyms)) counts.unchanged += 1;
      else updates.push({ id: skill.id, ...next, searchText: skillSearchText(next.labelDe, next.labelEn, next.synonyms) });
    }
    if (updates.length && !dryRun) await updateSkills(db, updates);
    counts.updated = updates.length;
    const inserts: NewSkill[] = [];
    for (const row of fresh) {
      const slug = escoSkillSlug(row.id);
      if (taken.has(slug))
        counts.issues.push({ line: row.line, kind: 'rejected', reason: `slug ${slug} belongs to another skill that does not carry this conceptUri` });
      else inserts.push(newSkill(row, category));
    }
    if (inserts.length && !dryRun) await insertSkills(db, inserts);
    counts.inserted = inserts.length;
    return counts;
  };

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    let counts: Awaited<ReturnType<typeof applyBatch>>;
    try {
      counts = dryRun
        ? await applyBatch(prisma, rows)
        : await prisma.$transaction((tx) => applyBatch(tx, rows), { timeout: 120_000, maxWait: 30_000 });
    } catch (error) {
      throw new SkillImportBatchError(rows[0]!.line, rows[rows.length - 1]!.line, committed, error);
    }
    report.inserted += counts.inserted;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    counts.issues.forEach(issue);
    committed += rows.length;
  };

  let columns: EscoColumns | null = null;
  for await (const record of parseCsv(input)) {
    if (!columns) {
      columns = escoColumns(record.fields);
      continue;
    }
    report.rows += 1;
    const row = readEscoRow(record, columns);
    if (isRowIssue(row)) issue(row);
    else if (seen.has(row.uri)) issue(duplicate(record, row.uri, seen.get(row.uri)!));
    else {
      seen.set(row.uri, row.line);
      batch.push(row);
      if (batch.length >= batchSize) await flush();
    }
    onRow?.(report.rows);
  }
  if (!columns) throw new Error('The file is empty: expected a header row and ESCO skills.');
  await flush();
  // Issues found while applying a batch (taken slugs) arrive after the row issues of later lines.
  report.issues.sort((a, b) => a.line - b.line);
  return report;
}

const duplicate = (record: CsvRecord, uri: string, firstLine: number): EscoRowIssue => ({
  line: record.line,
  kind: 'rejected',
  reason: `conceptUri ${uri} already appeared on line ${firstLine}`,
});

/** importEscoSkills on a file, streamed; `onProgress` gets rows read and bytes read so far. */
export async function importEscoSkillsFile(
  prisma: PrismaClient,
  file: string,
  options: Omit<SkillImportOptions, 'onRow'> & { onProgress?: (rows: number, bytes: number) => void },
): Promise<SkillImportReport> {
  const { onProgress, ...rest } = options;
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  return importEscoSkills(prisma, counted(), { ...rest, onRow: onProgress && ((rows) => onProgress(rows, bytes)) });
}
