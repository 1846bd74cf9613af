export { createTestDatabase, databaseUrl, ensurePGliteTemplate, ensureTemplate, testDatabaseKind } from './test-database';
export type { TestDatabase, TestDatabaseOptions } from './test-database';
