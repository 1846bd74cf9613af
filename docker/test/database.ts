// Throwaway databases on the PostgreSQL server of DATABASE_URL, and a fingerprint of their rows.
import { Client } from 'pg';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `name` (dropping a leftover of that name first). */
export async function database(adminUrl: string, name: string): Promise<TestDatabase> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withClient(adminUrl, async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

/** Per table of the public schema: row count and an md5 over all rows. */
export async function fingerprint(url: string): Promise<Map<string, { rows: number; md5: string }>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const result = new Map<string, { rows: number; md5: string }>();
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      result.set(name, { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 });
    }
    return result;
  });
}

/** The materialized views of the public schema that hold data (derived: pg_restore recomputes them). */
export async function populatedViews(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT matviewname AS name FROM pg_matviews WHERE schemaname = 'public' AND ispopulated ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  });
}
