import { Logger } from '@nestjs/common';
import { createDatabase, resolveDatabaseTarget, type Database } from '@wiw/db';
import { createApp } from './app';
import { createAppLogger } from './common/logging/app-logger';
import { ConfigError, loadConfig, nestLogLevels, type AppConfig } from './config/config';
import { stopGracefullyOnSignals } from './startup/graceful-shutdown';
import { prepareDatabase } from './startup/prepare-database';

/** Opens the database, migrates it, loads reference (and demo) data, and serves API and web client. */
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

  const appLogger = createAppLogger(nestLogLevels(config.logLevel));
  Logger.overrideLogger(appLogger === false ? [] : appLogger);

  let database: Database | null = null;
  try {
    database = await createDatabase(resolveDatabaseTarget({ DATABASE_URL: config.databaseUrl, PGLITE_DATA_DIR: config.pgliteDataDir }));
    logger.log(`Database: ${database.connection.description}`);
    await prepareDatabase(database, config, logger);
    const app = await createApp(config, database);
    stopGracefullyOnSignals(app, database, { timeoutSeconds: config.shutdownTimeoutSeconds, drainSeconds: config.shutdownDrainSeconds }, logger);
    await app.listen({ port: config.port, host: config.host });
    const local = `http://localhost:${config.port}`;
    logger.log(`Ready: ${local}  (GraphQL: /graphql${config.publicUrl === local ? '' : `; public address ${config.publicUrl}`})`);
  } catch (error) {
    // Not through the logger: whatever LOG_LEVEL says, the reason for exit code 1 must be visible.
    console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}
