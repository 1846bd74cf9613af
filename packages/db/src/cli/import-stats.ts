import { statSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../client';
import { createProgressReporter } from '../skills-import';
import { formatStatsImportReport, importRegionStatisticsFile, parseImportStatsArgs } from '../stats-import';
import { runCli } from './run-cli';

void runCli(async () => {
  const args = parseImportStatsArgs(process.argv.slice(2));
  let size: number;
  try {
    size = statSync(args.file).size;
  } catch {
    throw new Error(`Cannot read ${args.file}`);
  }
  const db = await createDatabase();
  try {
    await db.prisma.regionStatistic.count().catch((error: { code?: string }) => {
      throw error.code === 'P2021' ? new Error(`${db.connection.description} has no RegionStatistic table yet: run npm run db:migrate first.`) : error;
    });
    console.log(`Importing region statistics from ${args.file} into ${db.connection.description}${args.dryRun ? ' – dry run, nothing is written' : ''} …`);
    const progress = createProgressReporter({ totalBytes: size, stream: process.stderr });
    const report = await importRegionStatisticsFile(db.prisma, args.file, { dryRun: args.dryRun, onProgress: progress.update }).finally(() => progress.finish());
    console.log(formatStatsImportReport(report, path.basename(args.file)));
  } finally {
    await db.close();
  }
});
