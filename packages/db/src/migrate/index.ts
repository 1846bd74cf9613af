export { applyMigrations, createMigration, isAtomic, MigrationError } from './runner';
export type { MigrationOptions } from './runner';
