export { applyMigrations, createMigration, MigrationError } from './runner';
export type { MigrationOptions } from './runner';
