// The backup procedure of docs/OPERATIONS.md, tested: pg_dump in custom format, pg_restore into an
// empty database, then every table's rows compared with the original and the materialized views
// present and populated.
import { statSync } from 'node:fs';
import path from 'node:path';
import { database, fingerprint, populatedViews, type TestDatabase } from './database';
import { must } from './processes';

async function postgresBin(tool: string): Promise<string> {
  // Same major version as the server the tests started (packages/db/bin/postgres-server.mjs).
  const helpers = '../../packages/db/bin/postgres-server.mjs';
  const { findPostgresBin } = (await import(helpers)) as { findPostgresBin(): string | null };
  const bin = findPostgresBin();
  return bin ? path.join(bin, tool) : tool;
}

export async function backupAndRestore(
  source: TestDatabase,
  adminUrl: string,
  scratch: string,
): Promise<{ database: TestDatabase; tables: number; views: number; rows: number; bytes: number }> {
  const dump = path.join(scratch, 'portal.dump');
  await must(await postgresBin('pg_dump'), ['--format=custom', '--no-owner', '--file', dump, source.url]);
  const target = await database(adminUrl, `${source.name}_restored`);
  await must(await postgresBin('pg_restore'), ['--no-owner', '--exit-on-error', '--dbname', target.url, dump]);

  const [before, after] = await Promise.all([fingerprint(source.url), fingerprint(target.url)]);
  const differences = [...before]
    .filter(([name, figure]) => after.get(name)?.md5 !== figure.md5 || after.get(name)?.rows !== figure.rows)
    .map(([name]) => name);
  if (differences.length || before.size !== after.size)
    throw new Error(`restore differs in: ${differences.join(', ') || `${before.size} vs ${after.size} relations`}`);
  // Materialized views (the dashboard's) are derived: pg_restore refreshes them from the restored
  // tables, so they are compared by presence, not content (the source's may be up to 30 s old).
  const [viewsBefore, viewsAfter] = await Promise.all([populatedViews(source.url), populatedViews(target.url)]);
  if (viewsBefore.join() !== viewsAfter.join()) throw new Error(`materialized views: ${viewsBefore.join()} before, ${viewsAfter.join()} restored`);
  const rows = [...before.values()].reduce((sum, figure) => sum + figure.rows, 0);
  if (rows === 0) throw new Error('the backup test compared empty databases');
  return { database: target, tables: before.size, views: viewsAfter.length, rows, bytes: statSync(dump).size };
}
