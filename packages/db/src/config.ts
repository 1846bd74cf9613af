import path from 'node:path';
import { repoRoot } from './paths';

/** Where the data lives: a PostgreSQL server, or the embedded PGlite database in a folder. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface DatabaseEnv {
  DATABASE_URL?: string | undefined;
  PGLITE_DATA_DIR?: string | undefined;
}

/**
 * PostgreSQL whenever DATABASE_URL is set, otherwise PGlite in PGLITE_DATA_DIR (default
 * .data/pglite in the repository). A relative PGLITE_DATA_DIR is taken from where the command was
 * typed (npm's INIT_CWD), not from the workspace folder npm runs a script in.
 */
export function resolveDatabaseTarget(env: DatabaseEnv & { INIT_CWD?: string | undefined } = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  const dataDir = env.PGLITE_DATA_DIR ?? path.join(repoRoot(), '.data', 'pglite');
  if (dataDir === 'memory://') return { kind: 'pglite', dataDir };
  return { kind: 'pglite', dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), dataDir) };
}

/** For logs: the target without its password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `PGlite (embedded) in ${target.dataDir}`;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (unparseable DATABASE_URL)';
  }
}
