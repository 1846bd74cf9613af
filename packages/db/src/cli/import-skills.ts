import path from 'node:path';
import { createProgressReporter, formatImportReport, IMPORT_SKILLS_HELP, importEscoSkillsFile, parseImportSkillsArgs } from '../skills-import';
import { importFileSize, openMigrated, runCli } from './run-cli';

void runCli({
  help: IMPORT_SKILLS_HELP,
  parse: (argv) => parseImportSkillsArgs(argv),
  run: async (args) => {
    const size = importFileSize(args.file);
    const db = await openMigrated('Skill', (prisma) => prisma.skill.count());
    try {
      console.log(
        `Importing ESCO skills (${args.lang}, new skills in ${args.category}) from ${args.file} into ${db.connection.description}${args.dryRun ? ' – dry run, nothing is written' : ''} …`,
      );
      const progress = createProgressReporter({ totalBytes: size, stream: process.stderr });
      const report = await importEscoSkillsFile(db.prisma, args.file, { ...args, onProgress: progress.update }).finally(() => progress.finish());
      console.log(formatImportReport(report, path.basename(args.file)));
    } finally {
      await db.close();
    }
  },
});
