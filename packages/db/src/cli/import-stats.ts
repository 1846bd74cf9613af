import path from 'node:path';
import { createProgressReporter } from '../skills-import';
import { formatStatsImportReport, IMPORT_STATS_HELP, importRegionStatisticsFile, parseImportStatsArgs } from '../stats-import';
import { importFileSize, openMigrated, runCli } from './run-cli';

void runCli({
  help: IMPORT_STATS_HELP,
  parse: (argv) => parseImportStatsArgs(argv),
  run: async (args) => {
    const size = importFileSize(args.file);
    const db = await openMigrated('RegionStatistic', (prisma) => prisma.regionStatistic.count());
    try {
      console.log(
        `Importing region statistics from ${args.file} into ${db.connection.description}${args.dryRun ? ' – dry run, nothing is written' : ''} …`,
      );
      const progress = createProgressReporter({ totalBytes: size, stream: process.stderr });
      const report = await importRegionStatisticsFile(db.prisma, args.file, { dryRun: args.dryRun, onProgress: progress.update }).finally(() =>
        progress.finish(),
      );
      console.log(formatStatsImportReport(report, path.basename(args.file)));
    } finally {
      await db.close();
    }
  },
});
