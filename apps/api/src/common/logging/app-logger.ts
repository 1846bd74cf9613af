import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/** Nest's own start-up chatter (modules initialised, routes mapped): only shown with LOG_LEVEL=debug. */
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'GraphQLModule']);

/**
 * Nest's console logger, with the framework's per-module and per-route lines moved down to
 * debug, so that a start says what the portal does (database, migrations, reference and demo
 * data, ready) and nothing else.
 */
export class AppLogger extends ConsoleLogger {
  constructor(logLevels: LogLevel[]) {
    super({ logLevels });
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const last = optionalParams[optionalParams.length - 1];
    const context = typeof last === 'string' ? last : this.context;
    if (context && FRAMEWORK_CONTEXTS.has(context)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/** The logger for LOG_LEVEL's Nest levels; false silences everything. */
export function createAppLogger(levels: false | LogLevel[]): AppLogger | false {
  return levels === false ? false : new AppLogger(levels);
}
