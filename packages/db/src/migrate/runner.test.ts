import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../client';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing';
import { migrationsDir, schemaFile } from '../paths';
import { applyMigrations, createMigration, isAtomic, MigrationError } from './runner';

let scratch: string;
let db: TestDatabase;

beforeEach(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'wiw-migrations-'));
  cpSync(migrationsDir(), path.join(scratch, 'migrations'), { recursive: true });
  db = await createTestDatabase({ empty: true });
});

afterEach(async () => {
  await db.drop();
  rmSync(scratch, { recursive: true, force: true });
});

const dir = () => path.join(scratch, 'migrations');
const history = () =>
  db.database.prisma.$queryRawUnsafe<Array<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at',
  );
const tableExists = async (name: string) =>
  (await db.database.prisma.$queryRawUnsafe<Array<{ exists: boolean }>>('SELECT to_regclass($1) IS NOT NULL AS exists', `"${name}"`))[0]!.exists;

function addMigration(name: string, sql: string): void {
  mkdirSync(path.join(dir(), name));
  writeFileSync(path.join(dir(), name, 'migration.sql'), sql);
}

describe('applyMigrations', () => {
  it('applies every migration once and records it as prisma migrate deploy does', async () => {
    const names = readdirSync(dir())
      .filter((entry) => /^\d{14}_/.test(entry))
      .sort();
    const first = await applyMigrations(db.database.connection, { migrationsDir: dir() });
    expect(first.applied).toEqual(names);

    const rows = await history();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = readFileSync(path.join(dir(), row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
    expect(await tableExists('Organisation')).toBe(true);

    const second = await applyMigrations(db.database.connection, { migrationsDir: dir() });
    expect(second.applied).toEqual([]);
  });

  it('rolls a failing migration back completely and applies its fixed version later', async () => {
    await applyMigrations(db.database.connection, { migrationsDir: dir() });
    const name = '29990101000000_broken';
    addMigration(name, 'CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);\nSELECT 1/0;\n');

    const failure = await applyMigrations(db.database.connection, { migrationsDir: dir() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migrationName).toBe(name);
    expect((failure as MigrationError).message).toMatch(/rolled back/);
    expect(await tableExists('Probe')).toBe(false);
    expect((await history()).find((row) => row.migration_name === name)?.rolled_back_at).not.toBeNull();

    writeFileSync(path.join(dir(), name, 'migration.sql'), 'CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);\n');
    expect((await applyMigrations(db.database.connection, { migrationsDir: dir() })).applied).toEqual([name]);
    expect(await tableExists('Probe')).toBe(true);
  });

  it('leaves a failed script with its own transaction control for a person to resolve', async () => {
    await applyMigrations(db.database.connection, { migrationsDir: dir() });
    const name = '29990101000002_own_transactions';
    addMigration(name, 'BEGIN;\nCREATE TABLE "Half" ("id" INTEGER);\nCOMMIT;\nSELECT 1/0;\n');
    const failure = await applyMigrations(db.database.connection, { migrationsDir: dir() }).catch((error: unknown) => error);
    expect((failure as MigrationError).message).toMatch(/part of it may have been applied/);
    expect(await tableExists('Half')).toBe(true);
    const row = (await history()).find((r) => r.migration_name === name);
    expect(row?.rolled_back_at).toBeNull();
    expect(row?.finished_at).toBeNull();
    await expect(applyMigrations(db.database.connection, { migrationsDir: dir() })).rejects.toThrow(/failed earlier and are not resolved/);
  });

  it('runs a script with semicolons inside dollar quotes as one statement list', async () => {
    await applyMigrations(db.database.connection, { migrationsDir: dir() });
    addMigration(
      '29990101000001_function',
      'CREATE FUNCTION probe_fn() RETURNS integer AS $$ BEGIN PERFORM 1; RETURN 2; END; $$ LANGUAGE plpgsql;\n',
    );
    await applyMigrations(db.database.connection, { migrationsDir: dir() });
    const [row] = await db.database.prisma.$queryRawUnsafe<Array<{ value: number }>>('SELECT probe_fn() AS value');
    expect(row!.value).toBe(2);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('applyMigrations on one PostgreSQL from several processes', () => {
  it('lets replicas wait for a migration that outlasts the engine’s own ten-second lock', async () => {
    addMigration('29990101000003_slow', 'SELECT pg_sleep(12);\nCREATE TABLE "Slow" ("id" INTEGER);\n');
    const replicas = await Promise.all([1, 2].map(() => createDatabase({ kind: 'postgres', url: db.url! })));
    try {
      const first = applyMigrations(replicas[0]!.connection, { migrationsDir: dir() });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const second = applyMigrations(replicas[1]!.connection, { migrationsDir: dir() });
      const [a, b] = await Promise.all([first, second]);
      expect(a.applied).toContain('29990101000003_slow');
      expect(b.applied).toEqual([]);
      expect(await tableExists('Slow')).toBe(true);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  }, 60_000);

  it('applies each migration exactly once when replicas start together', async () => {
    const replicas = await Promise.all([1, 2, 3].map(() => createDatabase({ kind: 'postgres', url: db.url! })));
    try {
      const results = await Promise.all(replicas.map((replica) => applyMigrations(replica.connection, { migrationsDir: dir() })));
      const applied = results.flatMap((result) => result.applied);
      expect(applied.sort()).toEqual(
        readdirSync(dir())
          .filter((entry) => /^\d{14}_/.test(entry))
          .sort(),
      );
      expect((await history()).length).toBe(applied.length);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });
});

describe('createMigration', () => {
  it('creates nothing when the schema matches the migrations, hand-written indexes included', async () => {
    expect(await createMigration(db.database.connection, 'nothing', { migrationsDir: dir() })).toBeNull();
  });

  it('creates the next migration from a changed schema', async () => {
    const schema = path.join(scratch, 'schema.prisma');
    writeFileSync(schema, readFileSync(schemaFile(), 'utf8') + '\nmodel Probe {\n  id   Int    @id\n  name String\n}\n');
    const created = await createMigration(db.database.connection, 'add_probe', {
      migrationsDir: dir(),
      schemaFile: schema,
      now: new Date('2099-01-02T03:04:05Z'),
    });
    expect(created?.folder).toBe('20990102030405_add_probe');
    expect(created?.script).toContain('CREATE TABLE "Probe"');
    expect(created?.script).not.toMatch(/DROP INDEX|DROP CONSTRAINT/);
    expect(readFileSync(path.join(dir(), '20990102030405_add_probe', 'migration.sql'), 'utf8')).toBe(created?.script);
  });

  it('rejects names that would not make a clean folder name', async () => {
    await expect(createMigration(db.database.connection, 'Bad Name!', { migrationsDir: dir() })).rejects.toThrow(/a-z, 0-9/);
  });
});

describe('isAtomic', () => {
  it('accepts plain DDL and function bodies, refuses scripts with their own transaction control', () => {
    expect(isAtomic('CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN b text;')).toBe(true);
    expect(isAtomic('CREATE FUNCTION f() RETURNS void AS $$ BEGIN PERFORM 1; END; $$ LANGUAGE plpgsql;')).toBe(true);
    expect(isAtomic('SELECT CASE WHEN true THEN 1 END;')).toBe(true);
    expect(isAtomic('-- BEGIN; in a comment\nCREATE TABLE a (id int);')).toBe(true);
    expect(isAtomic('BEGIN;\nALTER TYPE "E" RENAME TO "E_old";\nCOMMIT;')).toBe(false);
    expect(isAtomic('CREATE TABLE a (id int);\n  commit;')).toBe(false);
  });
});
