import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, repoRoot } from '@wiw/db';

/** Start-up as `npm start` does it, on the embedded database, with a migration that fails. */
describe('start-up with a failing migration', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'wiw-startup-'));
    cpSync(path.join(repoRoot(), 'prisma'), path.join(scratch, 'prisma'), { recursive: true });
    const broken = path.join(scratch, 'prisma', 'migrations', '29990101000000_broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "Probe" ("id" INTEGER);\nSELECT 1/0;\n');
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('stops with exit code 1 and a clear message, and leaves the database as it was', () => {
    const dataDir = path.join(scratch, 'pglite');
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '..', 'src', 'main.ts')], {
      env: { PATH: process.env.PATH, PRISMA_DIR: path.join(scratch, 'prisma'), PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Start-up failed: Migration 29990101000000_broken failed and was rolled back/);
    expect(result.stderr).toMatch(/division by zero/);
    return (async () => {
      const db = await createDatabase({ kind: 'pglite', dataDir });
      try {
        const [probe] = await db.prisma.$queryRawUnsafe<Array<{ exists: boolean }>>(`SELECT to_regclass('"Probe"') IS NOT NULL AS exists`);
        expect(probe!.exists).toBe(false);
        const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string; rolled_back_at: Date | null }>>(
          'SELECT migration_name, rolled_back_at FROM _prisma_migrations ORDER BY started_at',
        );
        expect(rows.find((row) => row.migration_name === '29990101000000_broken')?.rolled_back_at).not.toBeNull();
        expect(rows.filter((row) => row.rolled_back_at === null).length).toBeGreaterThan(0);
      } finally {
        await db.close();
      }
    })();
  }, 150_000);
});
