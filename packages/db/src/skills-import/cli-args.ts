import path from 'node:path';
import { parseArgs } from 'node:util';
import { SkillCategory } from '../generated/prisma/enums';
import type { SkillLanguage } from './importer';

export const IMPORT_SKILLS_USAGE = 'Usage: npm run skills:import -- --file <skills_de.csv> --lang de|en [--category OTHER] [--dry-run]';

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
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { file: { type: 'string' }, lang: { type: 'string' }, category: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${IMPORT_SKILLS_USAGE}`, { cause: error });
  }
  const problems: string[] = [];
  if (!values.file) problems.push('--file is missing');
  if (values.lang !== 'de' && values.lang !== 'en') problems.push(values.lang ? `--lang must be de or en, not "${values.lang}"` : '--lang is missing');
  const category = (values.category ?? SkillCategory.OTHER).toUpperCase();
  const categories: string[] = Object.values(SkillCategory);
  if (!categories.includes(category)) problems.push(`--category must be one of ${categories.join(', ')}, not "${values.category}"`);
  if (problems.length) throw new Error(`${problems.join('; ')}\n${IMPORT_SKILLS_USAGE}`);
  return { file: path.resolve(cwd, values.file!), lang: values.lang as SkillLanguage, category: category as SkillCategory, dryRun: values['dry-run'] ?? false };
}
