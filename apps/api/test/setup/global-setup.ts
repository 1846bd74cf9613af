import { ensurePGliteTemplate, ensureTemplate, testDatabaseKind } from '@wiw/db/testing';

/** Builds the migrated, seeded template database once, so every suite copies it in milliseconds. */
export default async function globalSetup(): Promise<void> {
  const kind = testDatabaseKind();
  console.log(`\n[api e2e] database: ${kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite (no DATABASE_URL)'}`);
  if (kind === 'postgres') await ensureTemplate(process.env.DATABASE_URL!);
  else await ensurePGliteTemplate();
}
