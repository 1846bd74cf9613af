import { statSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../client';
import { createProgressReporter, formatImportReport, importEscoSkillsFile, parseImportSkillsArgs } from '../skills-import';
import { runCli } from './run-cli';

void runCli(async () => {
  const args = parseImportSkillsArgs(process.argv.slice(2));
  let size: number;
  try {
    size = statSync(args.file).size;
  } catch {
    throw new Error(`Cannot read ${args.file}`);
  }
  const db = await createDatabase();
  try {
    await db.prisma.skill.count().catch((error: { code?: string }) => {
      throw error.code === 'P2021' ? new Error(`${db.connection.description} has no Skill table yet: run npm run db:migrate first.`) : error;
    });
    console.log(
      `Importing ESCO skills (${args.lang}, new skills in ${args.category}) from ${args.file} into ${db.connection.description}${args.dryRun ? ' – dry run, nothing is written' : ''} …`,
    );
    const progress = createProgressReporter({ totalBytes: size, stream: process.stderr });
    const report = await importEscoSkillsFile(db.prisma, args.file, { ...args, onProgress: progress.update }).finally(() => progress.finish());
    console.log(formatImportReport(report, path.basename(args.file)));
  } finally {
    await db.close();
  }
});
