import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../generated/prisma/client';
import { DEMO_STATISTICS_SOURCE, DEMO_STATISTICS_YEAR } from '../seed/demo-region-statistics';
import { createTestDatabase, type TestDatabase } from '../testing';
import { importRegionStatistics, importRegionStatisticsFile, StatsImportBatchError, type StatsImportReport } from './importer';
import { formatStatsImportReport } from './summary';

const FIXTURE = path.join(__dirname, 'fixtures', 'region-statistics.csv');
const HEADER = 'kind,year,from_region,to_region,value,source,illustrative\n';
const csv = (...rows: string[]) => [HEADER, ...rows.map((row) => `${row}\n`)];

const counts = ({ rows, inserted, updated, unchanged, superseded, rejected }: StatsImportReport) => ({
  rows,
  inserted,
  updated,
  unchanged,
  superseded,
  rejected,
});
const snapshot = (prisma: PrismaClient) =>
  prisma.regionStatistic.findMany({ orderBy: [{ kind: 'asc' }, { year: 'asc' }, { fromRegionKey: 'asc' }, { toRegionKey: 'asc' }] });
const figures = async (prisma: PrismaClient, year: number) =>
  (await prisma.regionStatistic.findMany({ where: { year }, orderBy: [{ kind: 'asc' }, { fromRegionKey: 'asc' }, { toRegionKey: 'asc' }] })).map(
    ({ kind, fromRegionKey, toRegionKey, value, source, illustrative }) => [kind, fromRegionKey, toRegionKey, value, source, illustrative],
  );

// One seeded database for the file: the tests use figures of their own years (the demo's one
// only where they mean to replace a demo figure).
let db: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.database.prisma;
});

afterAll(async () => {
  await db.drop();
});

describe('importRegionStatistics on the fixture (seeded database)', () => {
  const FIXTURE_COUNTS = { rows: 21, inserted: 7, updated: 0, unchanged: 0, superseded: 1, rejected: 13 };

  it('counts in a dry run what an import would do, and writes nothing', async () => {
    const before = await snapshot(prisma);
    const report = await importRegionStatisticsFile(prisma, FIXTURE, { dryRun: true });
    expect(counts(report)).toEqual(FIXTURE_COUNTS);
    expect(formatStatsImportReport(report, 'region-statistics.csv').split('\n')[0]).toBe('Dry run (nothing written): region-statistics.csv, 21 rows');
    expect(await snapshot(prisma)).toEqual(before);
  });

  it('imports the fixture (BOM, any column order and case, Kreisschlüssel, thousands dots) and reports bad rows in German and English', async () => {
    const progress: Array<[number, number]> = [];
    const report = await importRegionStatisticsFile(prisma, FIXTURE, { onProgress: (rows, bytes) => progress.push([rows, bytes]) });
    expect(counts(report)).toEqual(FIXTURE_COUNTS);
    expect(formatStatsImportReport(report, 'region-statistics.csv')).toBe(
      [
        'Imported: region-statistics.csv, 21 rows',
        '  inserted    7',
        '  updated     0',
        '  unchanged   0',
        '  superseded  1 (a later row gives the same figure)',
        '  rejected    13',
        'Superseded and rejected rows (14):',
        '  line 7: superseded',
        '    de: ersetzt durch Zeile 20 (gleiche kind, year, from_region, to_region)',
        '    en: replaced by line 20 (same kind, year, from_region, to_region)',
        '  line 10: rejected',
        '    de: year „1949“ ist kein Jahr von 1950 bis 2100',
        '    en: year "1949" is not a year from 1950 to 2100',
        '  line 11: rejected',
        '    de: from_region ist leer (bei COMMUTERS der Wohnort)',
        '    en: from_region is empty (for COMMUTERS: where people live)',
        '  line 12: rejected',
        '    de: from_region muss bei EMPLOYEES leer sein (Beschäftigte am Arbeitsort)',
        '    en: from_region must be empty for EMPLOYEES (employees by place of work)',
        '  line 13: rejected',
        '    de: from_region und to_region sind beide DORTMUND',
        '    en: from_region and to_region are both DORTMUND',
        '  line 14: rejected',
        '    de: from_region: Kreisschlüssel 05978 gehört zu keiner Partnerregion (05913, 05958, 05962, 05966, 05970, 05974); Zahlen anderer Kreise zusammengefasst als OTHER angeben',
        '    en: from_region: Kreisschlüssel 05978 is not a partnership region (05913, 05958, 05962, 05966, 05970, 05974); give figures of other districts summed up as OTHER',
        '  line 15: rejected',
        '    de: value „-5“ ist negativ',
        '    en: value "-5" is negative',
        '  line 16: rejected',
        '    de: value „12,5“ ist keine ganze Zahl (erlaubt: Ziffern, Tausenderpunkte wie 12.345)',
        '    en: value "12,5" is not a whole number (allowed: digits, thousands separated by dots as in 12.345)',
        '  line 17: rejected',
        '    de: source ist leer',
        '    en: source is empty',
        '  line 18: rejected',
        '    de: kind „EINWOHNER“ ist weder COMMUTERS (PENDLER) noch EMPLOYEES (BESCHAEFTIGTE)',
        '    en: kind "EINWOHNER" is neither COMMUTERS (PENDLER) nor EMPLOYEES (BESCHAEFTIGTE)',
        '  line 19: rejected',
        '    de: illustrative „vielleicht“ ist keiner der Werte true, false, ja, nein, 1, 0',
        '    en: illustrative "vielleicht" is none of true, false, ja, nein, 1, 0',
        '  line 21: rejected',
        '    de: hat 3 Felder, die Kopfzeile 8',
        '    en: has 3 fields, the header has 8',
        '  line 22: rejected',
        '    de: from_region „Sauerland“ ist weder eine Region (DORTMUND, HOCHSAUERLANDKREIS, MAERKISCHER_KREIS, OLPE, SIEGEN_WITTGENSTEIN, SOEST, OTHER) noch ein fünfstelliger Kreisschlüssel',
        '    en: from_region "Sauerland" is neither a region (DORTMUND, HOCHSAUERLANDKREIS, MAERKISCHER_KREIS, OLPE, SIEGEN_WITTGENSTEIN, SOEST, OTHER) nor a five-digit Kreisschlüssel',
        '  line 23: rejected',
        '    de: year „20xx“ ist kein Jahr von 1950 bis 2100; value „1.2345“ ist keine ganze Zahl (erlaubt: Ziffern, Tausenderpunkte wie 12.345); source ist leer',
        '    en: year "20xx" is not a year from 1950 to 2100; value "1.2345" is not a whole number (allowed: digits, thousands separated by dots as in 12.345); source is empty',
      ].join('\n'),
    );
    expect(progress.map(([rows]) => rows)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(progress.at(-1)![1]).toBe(statSync(FIXTURE).size);

    const source = 'IT.NRW, Pendlerrechnung 2022';
    expect(await figures(prisma, 2022)).toEqual([
      ['COMMUTERS', 'DORTMUND', 'SOEST', 4310, source, false],
      ['COMMUTERS', 'HOCHSAUERLANDKREIS', 'DORTMUND', 2950, source, false],
      ['COMMUTERS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 7100, source, false],
      ['COMMUTERS', 'SOEST', 'DORTMUND', 12480, source, false],
      ['COMMUTERS', 'OTHER', 'DORTMUND', 98765, 'Schätzung, gerundet', true],
      ['EMPLOYEES', null, 'DORTMUND', 254300, source, false],
      ['EMPLOYEES', null, 'MAERKISCHER_KREIS', 158000, 'IT.NRW "Pendlerrechnung" 2022', false],
    ]);
  });

  it('changes nothing when the same file is imported again: all unchanged, importedAt kept', async () => {
    const before = await snapshot(prisma);
    const report = await importRegionStatisticsFile(prisma, FIXTURE);
    expect(counts(report)).toEqual({ ...FIXTURE_COUNTS, inserted: 0, unchanged: 7 });
    expect(await snapshot(prisma)).toEqual(before);
  });

  it('updates changed figures: value, source and illustrative flag, with a new importedAt', async () => {
    const before = await prisma.regionStatistic.findFirstOrThrow({
      where: { kind: 'COMMUTERS', year: 2022, fromRegionKey: 'SOEST', toRegionKey: 'DORTMUND' },
    });
    const report = await importRegionStatistics(
      prisma,
      csv(
        'PENDLER,2022,SOEST,DORTMUND,12.512,"IT.NRW, Pendlerrechnung 2022 (berichtigt)",',
        'COMMUTERS,2022,OTHER,DORTMUND,98.765,"Schätzung, gerundet",nein',
        'EMPLOYEES,2022,,DORTMUND,254.300,"IT.NRW, Pendlerrechnung 2022",',
        'EMPLOYEES,2022,,05966,56.000,"IT.NRW, Pendlerrechnung 2022",',
      ),
    );
    expect(counts(report)).toEqual({ rows: 4, inserted: 1, updated: 2, unchanged: 1, superseded: 0, rejected: 0 });
    const after = await prisma.regionStatistic.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ value: 12512, source: 'IT.NRW, Pendlerrechnung 2022 (berichtigt)', illustrative: false });
    expect(after.importedAt.getTime()).toBeGreaterThan(before.importedAt.getTime());
    expect(await prisma.regionStatistic.findFirstOrThrow({ where: { year: 2022, fromRegionKey: 'OTHER' } })).toMatchObject({
      value: 98765,
      illustrative: false,
    });
    expect(await prisma.regionStatistic.count({ where: { year: 2022 } })).toBe(8);
  });

  it('replaces an illustrative demo figure with a real one', async () => {
    const where = { kind: 'COMMUTERS' as const, year: DEMO_STATISTICS_YEAR, fromRegionKey: 'SOEST' as const, toRegionKey: 'DORTMUND' as const };
    expect(await prisma.regionStatistic.findFirstOrThrow({ where })).toMatchObject({ illustrative: true, source: DEMO_STATISTICS_SOURCE });
    const report = await importRegionStatistics(
      prisma,
      csv(`COMMUTERS,${DEMO_STATISTICS_YEAR},05974,05913,13.204,"IT.NRW, Pendlerrechnung ${DEMO_STATISTICS_YEAR}",false`),
    );
    expect(counts(report)).toMatchObject({ updated: 1, rejected: 0 });
    expect(await prisma.regionStatistic.findFirstOrThrow({ where })).toMatchObject({
      value: 13204,
      illustrative: false,
      source: `IT.NRW, Pendlerrechnung ${DEMO_STATISTICS_YEAR}`,
    });
  });

  it('reads a file with a byte order mark as one without, whatever the chunks', async () => {
    const text = `${HEADER}EMPLOYEES,1999,,SOEST,"100.000",Test,\n`;
    const plain = await importRegionStatistics(prisma, [text], { dryRun: true });
    expect(counts(plain)).toEqual({ rows: 1, inserted: 1, updated: 0, unchanged: 0, superseded: 0, rejected: 0 });
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(await importRegionStatistics(prisma, [bytes.slice(0, 2), bytes.slice(2, 9), bytes.slice(9)], { dryRun: true })).toEqual(plain);
    expect(await importRegionStatistics(prisma, [`\uFEFF${text}`], { dryRun: true })).toEqual(plain);
  });
});

describe('importRegionStatistics: batches and files it cannot read', () => {
  it('refuses a file without a required column, an empty file and broken CSV before writing anything', async () => {
    const before = await snapshot(prisma);
    await expect(importRegionStatistics(prisma, ['kind,year,to_region,value\nEMPLOYEES,2001,SOEST,5\n'])).rejects.toThrow(
      'The header row lacks the required columns from_region, source (found: kind, year, to_region, value)',
    );
    await expect(importRegionStatistics(prisma, [''])).rejects.toThrow('The file is empty');
    // The valid rows before the broken one are not written either: the file is read as a whole first.
    await expect(importRegionStatistics(prisma, csv('EMPLOYEES,2001,,SOEST,5,x,', 'EMPLOYEES,2001,,OLPE,5,"open,'))).rejects.toThrow(
      'line 3: a quoted field is not closed before the end of the file',
    );
    expect(await snapshot(prisma)).toEqual(before);
  });

  it('lets the last of several rows for one figure count, and lists the first 20 bad rows', async () => {
    const rows = [
      'EMPLOYEES,2002,,OLPE,1,x,',
      ...Array.from({ length: 24 }, (_, i) => `EMPLOYEES,2002,,OLPE,${i + 2},x,`),
      'EMPLOYEES,2002,,OLPE,-1,x,',
    ];
    const report = await importRegionStatistics(prisma, csv(...rows));
    expect(counts(report)).toEqual({ rows: 26, inserted: 1, updated: 0, unchanged: 0, superseded: 24, rejected: 1 });
    expect(await figures(prisma, 2002)).toEqual([['EMPLOYEES', null, 'OLPE', 25, 'x', false]]);
    expect(report.issues).toHaveLength(20);
    expect(report.issues[0]).toMatchObject({ line: 2, kind: 'superseded', en: 'replaced by line 3 (same kind, year, from_region, to_region)' });
    expect(formatStatsImportReport(report, 'many.csv')).toMatch(
      /Superseded and rejected rows \(25, the first 20 listed\):\n[\s\S]*\n {2}… and 5 more$/,
    );
  });

  it('rolls a failing batch back as a whole and keeps the batches before it', async () => {
    const statements = [
      `CREATE FUNCTION refuse_figure() RETURNS trigger AS $$ BEGIN IF NEW."source" = 'Verboten' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER refuse_figure BEFORE INSERT OR UPDATE ON "RegionStatistic" FOR EACH ROW EXECUTE FUNCTION refuse_figure()`,
    ];
    for (const sql of statements) await prisma.$executeRawUnsafe(sql);
    try {
      const rows = csv(
        'EMPLOYEES,2003,,OLPE,1,Erlaubt,',
        'EMPLOYEES,2003,,SOEST,2,Erlaubt,',
        'EMPLOYEES,2003,,DORTMUND,3,Erlaubt,',
        'EMPLOYEES,2003,,OTHER,4,Verboten,',
      );
      const error = await importRegionStatistics(prisma, rows, { batchSize: 2 }).catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(StatsImportBatchError);
      expect((error as Error).message).toMatch(
        /^Writing the figures of lines 4–5 failed and was rolled back; the 2 figures before them are imported\. Cause: [\s\S]*refused by test trigger/,
      );
      expect((await figures(prisma, 2003)).map((figure) => figure[2])).toEqual(['OLPE', 'SOEST']);
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_figure ON "RegionStatistic"');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_figure()');
    }
  });
});
