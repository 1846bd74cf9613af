import path from 'node:path';
import { parseArgs } from 'node:util';

export const IMPORT_STATS_USAGE = 'Usage: npm run stats:import -- --file <region-statistics.csv> [--dry-run]';

export interface ImportStatsArgs {
  file: string;
  dryRun: boolean;
}

/**
 * Reads the command line of stats:import. A relative --file is taken from where the command was
 * typed (npm's INIT_CWD), as npm runs scripts in the repository root.
 */
export function parseImportStatsArgs(argv: string[], cwd: string = process.env.INIT_CWD ?? process.cwd()): ImportStatsArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { file: { type: 'string' }, 'dry-run': { type: 'boolean' } } }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${IMPORT_STATS_USAGE}`, { cause: error });
  }
  if (!values.file) throw new Error(`--file is missing\n${IMPORT_STATS_USAGE}`);
  return { file: path.resolve(cwd, values.file), dryRun: values['dry-run'] ?? false };
}
