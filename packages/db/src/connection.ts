import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { describeTarget, type DatabaseTarget } from './config';
import { lockDataDir } from './pglite-lock';

/**
 * Opens PGlite with the extensions our migrations may use (it must load them explicitly),
 * optionally starting from a dumped data directory (a tarball from `dumpDataDir`).
 */
export function openPGlite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir, extensions: { btree_gist }, ...(loadDataDir ? { loadDataDir } : {}) });
}

/**
 * Every PostgreSQL session of ours runs in UTC, whatever the server's `timezone` setting. Prisma's
 * pg adapter sends Date parameters without an offset and reads timestamptz values as UTC
 * (prisma/orm#28629): in a session in Europe/Berlin every instant it wrote would be stored an
 * hour or two off, and SQL that compares them with now() or turns them into Berlin days would be
 * wrong. PGlite's sessions are always UTC.
 */
export const UTC_SESSION_OPTIONS = '-c TimeZone=UTC';

/**
 * One open database: the driver-adapter factory the Prisma client and the migration runner
 * share. PGlite is a single connection in this process, so both must use the same instance.
 */
export interface DatabaseConnection {
  readonly target: DatabaseTarget;
  readonly description: string;
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The PGlite instance when embedded (used by the migration runner's atomic scripts). */
  readonly pglite: PGlite | null;
  /**
   * The pg connection pool behind the Prisma client when on PostgreSQL (ours, handed to PrismaPg,
   * so its use can be measured and small statements can skip Prisma); null on PGlite.
   */
  readonly pool: pg.Pool | null;
  close(): Promise<void>;
}

/** The pg pool of a PostgreSQL connection (for code that has no dependency on pg itself). */
export type DatabasePool = pg.Pool;

export async function openConnection(target: DatabaseTarget, loadDataDir?: Blob): Promise<DatabaseConnection> {
  const description = describeTarget(target);
  if (target.kind === 'postgres') {
    // Fail fast instead of hanging when the server is unreachable; no statement runs for minutes.
    const pool = new pg.Pool({
      connectionString: target.url,
      options: UTC_SESSION_OPTIONS,
      max: 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
    });
    // An idle connection the server closed (restart, admin) is dropped by the pool, which then
    // emits 'error': without a listener that would end the process.
    pool.on('error', () => undefined);
    const adapterFactory = new PrismaPg(pool, { disposeExternalPool: false });
    return { target, description, adapterFactory, pglite: null, pool, close: async () => (pool.ended ? undefined : pool.end()) };
  }
  const release = target.dataDir === 'memory://' ? () => undefined : lockDataDir(target.dataDir);
  let pglite: PGlite;
  try {
    pglite = await openPGlite(target.dataDir, loadDataDir);
  } catch (error) {
    release();
    throw error;
  }
  const adapterFactory = new PrismaPGlite(pglite);
  return {
    target,
    description,
    adapterFactory,
    pglite,
    pool: null,
    close: async () => {
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}
