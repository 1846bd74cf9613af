import pg from 'pg';
import type { DatabaseConnection } from './connection';

/** Our own key; the schema engine takes 72707369 for itself inside a run. */
const STARTUP_LOCK_KEY = 72707370;

/**
 * Runs start-up work (migrations, demo data) while holding a PostgreSQL advisory lock on a
 * connection of its own, so API replicas starting together take turns instead of failing. The
 * lock waits as long as the other replica needs. PGlite is a single process: nothing to wait for.
 */
export async function withStartupLock<T>(connection: DatabaseConnection, work: () => Promise<T>): Promise<T> {
  if (connection.target.kind !== 'postgres') return work();
  const client = new pg.Client({ connectionString: connection.target.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
