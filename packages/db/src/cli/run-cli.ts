import { statSync } from 'node:fs';
import { createDatabase, type Database } from '../client';
import { UsageError, wantsHelp } from './command-line';

/** A command-line tool: its help, how it reads its arguments, and what it does. */
export interface CliCommand<A> {
  /** Usage line, what the command does, its options: printed by --help and after a wrong command line. */
  help: string;
  /** Reads the arguments (--help is handled before); throws UsageError for a wrong command line. */
  parse(argv: string[]): A;
  run(args: A): Promise<void>;
}

/**
 * Runs a command-line tool: `--help`/`-h` prints its help and exits 0 before anything else happens
 * (no database is opened); a wrong command line prints the problem and the help and exits 2; a
 * failure exits 1. Exits explicitly: the wasm schema engine keeps a timer alive for about ten
 * seconds after its work is done.
 */
export async function runCli<A>(command: CliCommand<A>, argv: string[] = process.argv.slice(2)): Promise<void> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${command.help.trimEnd()}\n`);
    process.exit(0);
  }
  let args: A;
  try {
    args = command.parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`Error: ${error.message}\n\n${command.help.trimEnd()}\n`);
    process.exit(2);
  }
  try {
    await command.run(args);
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? `Error: ${error.message}` : error);
    process.exit(1);
  }
}

/** The size of a file to import (for the progress bar), or a clear error when it cannot be read. */
export function importFileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    throw new Error(`Cannot read ${file}`);
  }
}

/**
 * The database of the environment, after checking that `table` exists (probed by `count`);
 * applies no migrations: an unmigrated database is an error that says what to do.
 */
export async function openMigrated(table: string, count: (prisma: Database['prisma']) => Promise<unknown>): Promise<Database> {
  const db = await createDatabase();
  await count(db.prisma).catch(async (error: unknown) => {
    await db.close();
    throw (error as { code?: unknown } | null)?.code === 'P2021'
      ? new Error(`${db.connection.description} has no ${table} table yet: run the migrations first (npm run db:migrate, or start the portal once).`)
      : error;
  });
  return db;
}
