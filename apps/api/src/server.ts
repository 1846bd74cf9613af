import { Logger } from '@nestjs/common';
import { applyMigrations, createDatabase, resolveDatabaseTarget, seedDemoData, withStartupLock, type Database } from '@wiw/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PasswordHasher, seedDemoAccounts } from './accounts';
import { DEMO_ADVISORS, seedDemoWorkbench } from './workbench';
import { createApp } from './app';
import { ConfigError, loadConfig, nestLogLevels, type AppConfig } from './config/config';

/** Opens the database, migrates it, loads demo data if asked, and serves API and web client. */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = new Logger('Server');
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const levels = nestLogLevels(config.logLevel);
  Logger.overrideLogger(levels === false ? [] : levels);

  let database: Database | null = null;
  try {
    database = await createDatabase(resolveDatabaseTarget({ DATABASE_URL: config.databaseUrl, PGLITE_DATA_DIR: config.pgliteDataDir }));
    logger.log(`Database: ${database.connection.description}`);
    if (config.migrateOnStart) {
      const { applied } = await applyMigrations(database.connection);
      logger.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
    }
    if (config.seedDemoData) {
      const prisma = database.prisma;
      const created = await withStartupLock(database.connection, () => seedDemoData(prisma));
      const total = (Object.values(created) as number[]).reduce((sum, n) => sum + n, 0);
      logger.log(total ? `Demo data loaded: ${JSON.stringify(created)}` : 'Demo data present.');
      if (config.env !== 'production') {
        const passwords = new PasswordHasher();
        await withStartupLock(database.connection, async () => {
          await seedDemoAccounts(prisma, passwords);
          await seedDemoWorkbench(prisma, passwords);
        });
        logger.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} – ${a.what}`).join('; ')}`);
        logger.log(`Demo advisors of the workbench (same password): ${DEMO_ADVISORS.map((a) => a.email).join(', ')}`);
      }
    }
    const app = await createApp(config, database);
    const db = database;
    app.getHttpAdapter().getInstance().addHook('onClose', async () => db.close());
    await app.listen({ port: config.port, host: config.host });
    logger.log(`Portal: http://localhost:${config.port}  (GraphQL: /graphql)`);
  } catch (error) {
    // Not through the logger: whatever LOG_LEVEL says, the reason for exit code 1 must be visible.
    console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}
