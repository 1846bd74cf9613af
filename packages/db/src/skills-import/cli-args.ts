import path from 'node:path';
import { DATABASE_HELP, parseOptions, UsageError } from '../cli/command-line';
import { SkillCategory } from '../generated/prisma/enums';
import type { SkillLanguage } from './importer';

export const IMPORT_SKILLS_HELP = `Usage: npm run skills:import -- --file <skills_de.csv> --lang de|en [--category OTHER] [--dry-run]
       (in the image: node packages/db/dist/cli/import-skills.js --file … --lang …)

Imports skills from ESCO's skills CSV (skills_de.csv, skills_en.csv): creates or updates one skill
per ESCO concept, matched by its URI. Running the same file again changes nothing. The database
must be migrated.

Options:
  --file <csv>       the ESCO CSV file (a relative path is taken from where you typed the command)
  --lang de|en       the language of the file's labels
  --category <name>  category of the skills it creates (default OTHER): ${Object.values(SkillCategory).join(', ')}
  --dry-run          read and check the whole file, report what would change, write nothing
  -h, --help         show this help and exit

${DATABASE_HELP}`;

export interface ImportSkillsArgs {
  file: string;
  lang: SkillLanguage;
  category: SkillCategory;
  dryRun: boolean;
}

/**
 * Reads the command line of skills:import. A relative --file is taken from where the command was
 * typed (npm's INIT_CWD), as npm runs scripts in the repository root.
 */
export function parseImportSkillsArgs(argv: string[], cwd: string = process.env.INIT_CWD ?? process.cwd()): ImportSkillsArgs {
  const values = parseOptions(argv, {
    file: { type: 'string' },
    lang: { type: 'string' },
    category: { type: 'string' },
    'dry-run': { type: 'boolean' },
  });
  const problems: string[] = [];
  if (!values.file) problems.push('--file is missing');
  if (values.lang !== 'de' && values.lang !== 'en')
    problems.push(values.lang ? `--lang must be de or en, not "${values.lang}"` : '--lang is missing');
  const category = (values.category ?? SkillCategory.OTHER).toUpperCase();
  const categories: string[] = Object.values(SkillCategory);
  if (!categories.includes(category)) problems.push(`--category must be one of ${categories.join(', ')}, not "${values.category}"`);
  if (problems.length) throw new UsageError(problems.join('; '));
  return {
    file: path.resolve(cwd, values.file!),
    lang: values.lang as SkillLanguage,
    category: category as SkillCategory,
    dryRun: values['dry-run'] ?? false,
  };
}
