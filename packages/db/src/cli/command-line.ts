import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A wrong command line (unknown option, missing or bad value): shown with the command's help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** The part of every database command's help that says which database it uses. */
export const DATABASE_HELP = `Database: PostgreSQL when DATABASE_URL is set (postgresql://…), otherwise the embedded
PGlite database in PGLITE_DATA_DIR (default .data/pglite; stop the portal first).`;

/** `--help` or `-h` anywhere before a `--` end-of-options marker. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>>['values'];

/**
 * node:util's parseArgs in strict mode without positional arguments: an unknown option, a missing
 * value or a stray argument is a UsageError.
 */
export function parseOptions<const O extends Options>(argv: string[], options: O): Values<O> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
}
