import { Prisma } from '../generated/prisma/client';
import { figureKey, type RegionFigure } from './rows';

type Db = Prisma.TransactionClient;

export interface FigureWriteOptions {
  /** Compare only: count what would change, write nothing. */
  dryRun?: boolean;
  /** Leave figures that are not illustrative as they are (the demo seed: a real import wins). */
  keepReal?: boolean;
}

export interface FigureWriteCounts {
  inserted: number;
  updated: number;
  /** Present with the same value, source and illustrative flag. */
  unchanged: number;
  /** Present as a real (not illustrative) figure that `keepReal` left alone. */
  kept: number;
}

const sameFigure = (
  a: Pick<RegionFigure, 'value' | 'source' | 'illustrative'>,
  b: Pick<RegionFigure, 'value' | 'source' | 'illustrative'>,
): boolean => a.value === b.value && a.source === b.source && a.illustrative === b.illustrative;

/**
 * Inserts or updates figures by kind, year and regions (each key at most once in `figures`).
 * A changed figure gets the new value, source and illustrative flag and a new importedAt; an
 * unchanged one is not touched. Runs in the caller's transaction. The counts come from comparing
 * with the rows present; the write itself is one INSERT … ON CONFLICT on the table's unique index
 * (NULLS NOT DISTINCT, which Prisma's upsert cannot target), so it stays correct if another import
 * writes the same figures meanwhile.
 */
export async function writeRegionFigures(db: Db, figures: ReadonlyArray<RegionFigure>, options: FigureWriteOptions = {}): Promise<FigureWriteCounts> {
  const { dryRun = false, keepReal = false } = options;
  const counts: FigureWriteCounts = { inserted: 0, updated: 0, unchanged: 0, kept: 0 };
  if (!figures.length) return counts;
  const kindYears = new Map(figures.map((f) => [`${f.kind} ${f.year}`, { kind: f.kind, year: f.year }]));
  const present = await db.regionStatistic.findMany({
    where: { OR: [...kindYears.values()] },
    select: { kind: true, year: true, fromRegionKey: true, toRegionKey: true, value: true, source: true, illustrative: true },
  });
  const byKey = new Map(present.map((row) => [figureKey(row), row]));
  const seen = new Set<string>();
  const changes: RegionFigure[] = [];
  for (const figure of figures) {
    const key = figureKey(figure);
    if (seen.has(key)) throw new Error(`The figure ${key} is given twice`);
    seen.add(key);
    const row = byKey.get(key);
    const outcome = !row ? 'inserted' : sameFigure(row, figure) ? 'unchanged' : keepReal && !row.illustrative ? 'kept' : 'updated';
    counts[outcome] += 1;
    if (outcome === 'inserted' || outcome === 'updated') changes.push(figure);
  }
  if (changes.length && !dryRun) await upsertFigures(db, changes, keepReal);
  return counts;
}

async function upsertFigures(db: Db, figures: RegionFigure[], keepReal: boolean): Promise<void> {
  const onlyIllustrative = keepReal ? Prisma.sql`AND "RegionStatistic"."illustrative"` : Prisma.empty;
  await db.$executeRaw`
    INSERT INTO "RegionStatistic" ("id", "kind", "year", "fromRegionKey", "toRegionKey", "value", "source", "illustrative", "importedAt")
    SELECT gen_random_uuid(), v."kind"::"RegionStatisticKind", v."year", v."fromRegionKey"::"RegionKey", v."toRegionKey"::"RegionKey",
           v."value", v."source", v."illustrative", CURRENT_TIMESTAMP
    FROM jsonb_to_recordset(${JSON.stringify(figures)}::jsonb)
      AS v("kind" text, "year" int, "fromRegionKey" text, "toRegionKey" text, "value" int, "source" text, "illustrative" boolean)
    ON CONFLICT ("kind", "year", "fromRegionKey", "toRegionKey") DO UPDATE
      SET "value" = EXCLUDED."value", "source" = EXCLUDED."source", "illustrative" = EXCLUDED."illustrative", "importedAt" = EXCLUDED."importedAt"
      WHERE ("RegionStatistic"."value", "RegionStatistic"."source", "RegionStatistic"."illustrative")
            IS DISTINCT FROM (EXCLUDED."value", EXCLUDED."source", EXCLUDED."illustrative")
        ${onlyIllustrative}`;
}
