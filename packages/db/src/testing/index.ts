export { createTestDatabase, databaseUrl, ensureTemplate, testDatabaseKind } from './test-database';
export type { TestDatabase, TestDatabaseOptions } from './test-database';
