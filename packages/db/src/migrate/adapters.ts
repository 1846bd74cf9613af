import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPGlite, UTC_SESSION_OPTIONS } from '../connection';

/*
 * Driver adapters tuned for the schema engine. Two things differ from the adapters the Prisma
 * client uses:
 *  - executeScript runs a migration as ONE simple-protocol query, so PostgreSQL executes it as one
 *    implicit transaction: a failing migration leaves the schema as it was. (@prisma/adapter-pg
 *    splits scripts on ";", which is neither atomic nor safe for $$-quoted bodies; the PGlite
 *    adapter does not await the script, so its errors would be lost.)
 *  - the shadow database is created and dropped by us, with the extensions our migrations use.
 */

function toAdapterError(error: unknown): unknown {
  const e = error as { code?: unknown; message?: unknown; severity?: unknown; detail?: unknown; column?: unknown; hint?: unknown };
  if (typeof e?.code !== 'string' || typeof e.message !== 'string') return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: typeof e.severity === 'string' ? e.severity : 'ERROR',
    message: e.message,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    column: typeof e.column === 'string' ? e.column : undefined,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
  });
}

function withAtomicScripts<T extends SqlDriverAdapter>(adapter: T, run: (script: string) => Promise<unknown>): T {
  adapter.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      throw toAdapterError(error);
    }
  };
  return adapter;
}

const CHAR_COLUMNS = Symbol('charColumns');
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine's introspection reads PostgreSQL's internal one-byte "char" type (OID 18), which
 * @prisma/adapter-pg does not map. We let the pool report it as text and tell the engine it is a
 * Character column, which is what the engine expects.
 */
function mapInternalCharType(pool: pg.Pool, adapter: SqlDriverAdapter): void {
  const query = pool.query.bind(pool) as (config: unknown) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (config: unknown) => {
    const result = await query(config);
    const charColumns = (result.fields ?? []).flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
    if (charColumns.length > 0) {
      for (const index of charColumns) result.fields[index]!.dataTypeID = PG_TEXT_OID;
      Object.defineProperty(result.rows, CHAR_COLUMNS, { value: charColumns });
    }
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (sqlQuery) => {
    const result = await queryRaw(sqlQuery);
    const charColumns = (result.rows as unknown as Record<symbol, number[] | undefined>)[CHAR_COLUMNS];
    for (const index of charColumns ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
}

async function connectPostgres(config: pg.PoolConfig, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ ...config, max: 2 });
  const adapter = await new PrismaPg(pool, { disposeExternalPool: false }).connect();
  mapInternalCharType(pool, adapter);
  withAtomicScripts(adapter, (script) => pool.query(script));
  adapter.dispose = async () => {
    await pool.end();
    await onDispose?.();
  };
  return adapter;
}

function poolConfigFromUrl(url: string): pg.PoolConfig {
  return { connectionString: url, options: UTC_SESSION_OPTIONS };
}

/** A database name on the same server as `url`. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/' + encodeURIComponent(database);
  return parsed.toString();
}

/** A factory for the engine that can also close everything it opened (locks live on connections). */
export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  disposeAll(): Promise<void>;
}

function tracking(factory: SqlMigrationAwareDriverAdapterFactory): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const connected = await adapter;
    const dispose = connected.dispose.bind(connected);
    open.add(connected);
    connected.dispose = async () => {
      if (open.delete(connected)) await dispose();
    };
    return connected;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
    disposeAll: async () => {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

export function postgresMigrationFactory(url: string): MigrationAdapterFactory {
  return tracking({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectPostgres(poolConfigFromUrl(url)),
    connectToShadowDb: async () => {
      const shadow = `wiw_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${shadow}"`);
      } finally {
        await admin.end();
      }
      return connectPostgres(poolConfigFromUrl(withDatabase(url, shadow)), async () => {
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      });
    },
  });
}

async function connectPGlite(db: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(db).connect();
  withAtomicScripts(adapter, (script) => db.exec(script));
  adapter.dispose = async () => {
    await onDispose?.();
  };
  return adapter;
}

export function pgliteMigrationFactory(db: PGlite): MigrationAdapterFactory {
  return tracking({
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    connect: () => connectPGlite(db),
    connectToShadowDb: async () => {
      const shadow = await openPGlite('memory://');
      return connectPGlite(shadow, () => shadow.close());
    },
  });
}
