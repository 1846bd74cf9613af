import { readFileSync } from 'node:fs';
import type { DatabaseConnection } from '../connection';
import { migrationsDir as defaultMigrationsDir, schemaFile as defaultSchemaFile } from '../paths';
import { withStartupLock } from '../startup-lock';
import { pgliteMigrationFactory, postgresMigrationFactory, type MigrationAdapterFactory } from './adapters';
import { startSchemaEngine, takeEnginePanic } from './engine';
import { migrationFolderName, readMigrations, writeMigration } from './migrations-dir';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName: string | null,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationOptions {
  migrationsDir?: string;
}

function migrationFactory(connection: DatabaseConnection): MigrationAdapterFactory {
  if (connection.target.kind === 'postgres') return postgresMigrationFactory(connection.target.url);
  if (!connection.pglite) throw new Error('PGlite connection without a PGlite instance');
  return pgliteMigrationFactory(connection.pglite);
}

function describeEngineError(error: unknown): string {
  const panic = takeEnginePanic();
  const message = error instanceof Error ? error.message : String(error);
  return panic ? `${message} (engine panic: ${panic})` : message;
}

/**
 * Applies pending migrations exactly as `prisma migrate deploy` does, recording them in
 * `_prisma_migrations`. Each migration runs as one transaction; if one fails, its changes are
 * rolled back and its history row is marked rolled back, so the database is as it was before that
 * migration and the fixed migration can be applied later.
 */
export async function applyMigrations(connection: DatabaseConnection, options: MigrationOptions = {}): Promise<{ applied: string[] }> {
  const migrationsList = readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  // Replicas starting together take turns: checking history, applying and recording a rollback
  // happen under one lock (the engine's own lock gives up after ten seconds).
  return withStartupLock(connection, async () => {
    const handle = await startSchemaEngine(migrationFactory(connection));
    try {
      await assertNoUnresolvedFailures(handle.engine, migrationsList);
      try {
        const { appliedMigrationNames } = await handle.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
        return { applied: appliedMigrationNames };
      } catch (error) {
        throw await failure(handle.engine, migrationsList, error);
      }
    } finally {
      await handle.dispose();
    }
  });
}

/**
 * Explains a failed run. A migration that ran as one transaction was rolled back by PostgreSQL:
 * we record that, as `prisma migrate resolve --rolled-back` would, so its fixed version applies
 * next time. A script with its own transaction control may have committed part of its work, so
 * its failure stays recorded for a person to resolve.
 */
async function failure(engine: Engine, migrationsList: ReturnType<typeof readMigrations>, error: unknown): Promise<MigrationError> {
  const [failed] = await failedMigrationNames(engine, migrationsList);
  if (!failed) return new MigrationError(`Applying migrations failed: ${describeEngineError(error)}`, null, error);
  const script = migrationsList.migrationDirectories.find((dir) => dir.path === failed)?.migrationFile.content;
  if (script?.tag === 'ok' && isAtomic(script.value)) {
    await engine.markMigrationRolledBack({ migrationName: failed });
    return new MigrationError(
      `Migration ${failed} failed and was rolled back; the database is as it was before it. ${describeEngineError(error)}`,
      failed,
      error,
    );
  }
  return new MigrationError(
    `Migration ${failed} failed; it controls its own transactions, so part of it may have been applied. Resolve it by hand (docs/OPERATIONS.md). ${describeEngineError(error)}`,
    failed,
    error,
  );
}

/** True when a script leaves transactions to us: no BEGIN/COMMIT/ROLLBACK/… of its own. */
export function isAtomic(script: string): boolean {
  const withoutComments = script.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  const withoutBodies = withoutComments.replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '');
  return !/(^|;)\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION|END|SAVEPOINT|RELEASE|PREPARE\s+TRANSACTION)\b/i.test(withoutBodies);
}

type Engine = Awaited<ReturnType<typeof startSchemaEngine>>['engine'];

async function failedMigrationNames(engine: Engine, migrationsList: ReturnType<typeof readMigrations>): Promise<string[]> {
  const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
  return diagnosis.failedMigrationNames;
}

async function assertNoUnresolvedFailures(engine: Engine, migrationsList: ReturnType<typeof readMigrations>): Promise<void> {
  const failed = await failedMigrationNames(engine, migrationsList);
  if (failed.length > 0) {
    throw new MigrationError(`Migrations ${failed.join(', ')} failed earlier and are not resolved; see docs/OPERATIONS.md.`, failed[0] ?? null);
  }
}

/**
 * Creates the next migration from prisma/schema.prisma (like `prisma migrate dev --create-only`):
 * replays the existing migrations on a shadow database and diffs against the schema. Returns null
 * when the schema has no changes.
 */
export async function createMigration(
  connection: DatabaseConnection,
  name: string,
  options: MigrationOptions & { schemaFile?: string; now?: Date } = {},
): Promise<{ folder: string; file: string; script: string } | null> {
  if (!/^[a-z0-9_]{1,60}$/.test(name)) {
    throw new MigrationError('Migration names use a-z, 0-9 and _ only (at most 60 characters).', null);
  }
  const dir = options.migrationsDir ?? defaultMigrationsDir();
  const schemaPath = options.schemaFile ?? defaultSchemaFile();
  const schema = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
  const migrationsList = readMigrations(dir);
  const handle = await startSchemaEngine(migrationFactory(connection));
  try {
    // Like `prisma migrate dev`: bring the database up to date first, then let devDiagnostic replay
    // the history on the shadow database; it fills the cache createMigration reads.
    await handle.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    const diagnostic = await handle.engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    if (diagnostic.action.tag === 'reset') {
      throw new MigrationError(
        `The database has drifted from the migration history (${diagnostic.action.reason}). Create migrations against a fresh database, e.g. PGLITE_DATA_DIR=memory://.`,
        null,
      );
    }
    const result = await handle.engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [schema] },
      filters: NO_FILTERS,
    });
    if (
      !result.migrationScript ||
      result.migrationScript.trim() === '' ||
      /^-- This is an empty migration\.?\s*$/.test(result.migrationScript.trim())
    ) {
      return null;
    }
    const folder = migrationFolderName(name, options.now);
    const file = writeMigration(dir, folder, result.migrationScript);
    return { folder, file, script: result.migrationScript };
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(`Creating migration "${name}" failed: ${describeEngineError(error)}`, null, error);
  } finally {
    await handle.dispose();
  }
}
