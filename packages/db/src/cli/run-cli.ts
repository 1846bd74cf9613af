import { statSync } from 'node:fs';
import { createDatabase, type Database } from '../client';

/**
 * Runs a command-line task and exits explicitly: the wasm schema engine keeps a timer alive for
 * about ten seconds after its work is done.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
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

/** The database of the environment, after checking that `table` exists (probed by `count`). */
export async function openMigrated(table: string, count: (prisma: Database['prisma']) => Promise<unknown>): Promise<Database> {
  const db = await createDatabase();
  await count(db.prisma).catch(async (error: unknown) => {
    await db.close();
    throw (error as { code?: unknown } | null)?.code === 'P2021' ? new Error(`${db.connection.description} has no ${table} table yet: run npm run db:migrate first.`) : error;
  });
  return db;
}
