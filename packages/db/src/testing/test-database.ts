import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, type Database } from '../client';
import { applyMigrations } from '../migrate';
import { migrationsDir, seedDir } from '../paths';
import { seedDemoData, seedReferenceData } from '../seed';

/*
 * Databases for tests. A template is migrated and seeded once per version of migrations + seed,
 * and every test database is a fast copy of it: on PostgreSQL (DATABASE_URL of a server we may
 * create databases on) with CREATE DATABASE … TEMPLATE, on PGlite by loading a dumped data
 * directory kept in the system's temp folder into a fresh in-memory instance.
 */

export interface TestDatabase {
  readonly database: Database;
  /** postgres URL of this test database, or null on PGlite. */
  readonly url: string | null;
  drop(): Promise<void>;
}

export function testDatabaseKind(env: NodeJS.ProcessEnv = process.env): 'postgres' | 'pglite' {
  return env.DATABASE_URL && env.WIW_TEST_DATABASE !== 'pglite' ? 'postgres' : 'pglite';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file) : [file];
    });
}

/**
 * Changes whenever anything that shapes the template changes: migrations, seed data, the seed code
 * and the text folding it uses (this package's and @wiw/domain's build), and the PGlite version.
 */
function templateName(): string {
  const hash = createHash('sha256');
  const domainDist = path.dirname(require.resolve('@wiw/domain'));
  const ownDist = path.resolve(__dirname, '..');
  // The seed writes region statistics through stats-import: its code shapes the template too.
  const files = [
    ...filesUnder(migrationsDir()),
    ...filesUnder(seedDir()),
    ...filesUnder(path.join(ownDist, 'seed')),
    ...filesUnder(path.join(ownDist, 'stats-import')),
    ...filesUnder(domainDist),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  // PGlite does not export its package.json; its main file sits in dist/.
  hash.update(readFileSync(path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json')));
  return `wiw_template_${hash.digest('hex').slice(0, 16)}`;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated and seeded template on the server unless it exists; returns its name. */
export async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = templateName();
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(4242)');
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const db = await createDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, building) });
      try {
        await applyMigrations(db.connection);
        await seedReferenceData(db.prisma);
        await seedDemoData(db.prisma);
      } finally {
        await db.close();
      }
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4242)');
    }
  });
  return template;
}

/** Creates the dumped PGlite template unless it exists; returns the tarball's path. */
export async function ensurePGliteTemplate(): Promise<string> {
  const file = path.join(os.tmpdir(), `${templateName()}.pglite.tar`);
  if (existsSync(file)) return file;
  const db = await createDatabase({ kind: 'pglite', dataDir: 'memory://' });
  try {
    await applyMigrations(db.connection);
    await seedReferenceData(db.prisma);
    await seedDemoData(db.prisma);
    const dump = await db.connection.pglite!.dumpDataDir('none');
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await db.close();
  }
  return file;
}

export interface TestDatabaseOptions {
  /** Start from an empty database (no migrations, no seed). */
  empty?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  if (testDatabaseKind(env) === 'pglite') {
    const template = options.empty ? undefined : new Blob([readFileSync(await ensurePGliteTemplate())]);
    const database = await createDatabase({ kind: 'pglite', dataDir: 'memory://' }, { loadDataDir: template });
    return { database, url: null, drop: () => database.close() };
  }
  const serverUrl = env.DATABASE_URL!;
  const name = `wiw_test_${randomBytes(6).toString('hex')}`;
  const template = options.empty ? null : await ensureTemplate(serverUrl);
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  const url = databaseUrl(serverUrl, name);
  const database = await createDatabase({ kind: 'postgres', url });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
