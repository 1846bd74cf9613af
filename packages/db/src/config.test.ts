import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeTarget, resolveDatabaseTarget } from './config';
import { repoRoot } from './paths';

describe('resolveDatabaseTarget', () => {
  it('uses PostgreSQL whenever DATABASE_URL is set', () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: 'postgresql://u:p@db:5432/wiw', PGLITE_DATA_DIR: '/x' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db:5432/wiw',
    });
  });

  it('falls back to embedded PGlite in .data/pglite, or the configured folder', () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: 'pglite', dataDir: path.join(repoRoot(), '.data', 'pglite') });
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: 'memory://' })).toEqual({ kind: 'pglite', dataDir: 'memory://' });
  });

  it('resolves a relative folder from where the command was typed', () => {
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: '.data/x', INIT_CWD: '/srv/portal' })).toEqual({
      kind: 'pglite',
      dataDir: '/srv/portal/.data/x',
    });
  });

  it('never prints the password', () => {
    expect(describeTarget({ kind: 'postgres', url: 'postgresql://wiw:geheim@db:5432/wiw' })).toBe('PostgreSQL db:5432/wiw');
  });
});
