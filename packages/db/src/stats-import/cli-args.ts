import path from 'node:path';
import { DATABASE_HELP, parseOptions, UsageError } from '../cli/command-line';

export const IMPORT_STATS_HELP = `Usage: npm run stats:import -- --file <region-statistics.csv> [--dry-run]
       (in the image: node packages/db/dist/cli/import-stats.js --file …)

Imports region statistics (commuters, employees by place of work; IT.NRW Pendlerrechnung) from CSV:
creates or updates one figure per kind, year and region pair. Format: docs/STATISTICS.md. Running
the same file again changes nothing. The database must be migrated.

Options:
  --file <csv>  the CSV file (a relative path is taken from where you typed the command)
  --dry-run     read and check the whole file, report what would change, write nothing
  -h, --help    show this help and exit

${DATABASE_HELP}`;

export interface ImportStatsArgs {
  file: string;
  dryRun: boolean;
}

/**
 * Reads the command line of stats:import. A relative --file is taken from where the command was
 * typed (npm's INIT_CWD), as npm runs scripts in the repository root.
 */
export function parseImportStatsArgs(argv: string[], cwd: string = process.env.INIT_CWD ?? process.cwd()): ImportStatsArgs {
  const values = parseOptions(argv, { file: { type: 'string' }, 'dry-run': { type: 'boolean' } });
  if (!values.file) throw new UsageError('--file is missing');
  return { file: path.resolve(cwd, values.file), dryRun: values['dry-run'] ?? false };
}
