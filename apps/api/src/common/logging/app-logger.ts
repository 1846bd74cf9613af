import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import pretty from 'pino-pretty';

/** Nest's own start-up chatter (modules initialised, routes mapped): only shown with LOG_LEVEL=debug. */
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'GraphQLModule']);
/** The most detailed Nest level enabled decides pino's level. */
const PINO_LEVEL: Array<[LogLevel, pino.Level]> = [
  ['verbose', 'trace'],
  ['debug', 'debug'],
  ['log', 'info'],
  ['warn', 'warn'],
  ['error', 'error'],
  ['fatal', 'fatal'],
];

/** JSON lines on stdout (synchronous on Linux for files and pipes), readable colours on a terminal. */
function defaultDestination(): DestinationStream {
  return process.stdout.isTTY ? pretty({ sync: true, ignore: 'pid,hostname' }) : process.stdout;
}

/**
 * The portal's logger: pino, one JSON object per line (`level`, `time`, `context`, `msg`, and for
 * the access line `reqId`, `method`, `url`, `status`, `ms`), pretty only on a terminal. Nest's
 * per-module and per-route start-up lines are moved down to debug, so that a start says what the
 * portal does (database, migrations, reference and demo data, ready) and nothing else.
 */
export class AppLogger implements LoggerService {
  private readonly pino: Pino;

  constructor(logLevels: LogLevel[], destination: DestinationStream = defaultDestination()) {
    const level = PINO_LEVEL.find(([nest]) => logLevels.includes(nest))?.[1] ?? 'silent';
    this.pino = pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  }

  log(message: unknown, ...optionalParams: unknown[]): void {
    const context = this.contextOf(optionalParams);
    this.write(context && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : 'info', message, optionalParams);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams);
  }

  private contextOf(optionalParams: unknown[]): string | undefined {
    const last = optionalParams[optionalParams.length - 1];
    return typeof last === 'string' ? last : undefined;
  }

  /** Nest calls (message, [stack,] context); an object message becomes fields of the line. */
  private write(level: pino.Level, message: unknown, optionalParams: unknown[]): void {
    const context = this.contextOf(optionalParams);
    const stack = optionalParams.length > 1 && typeof optionalParams[0] === 'string' ? optionalParams[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) this.pino[level]({ ...fields, ...message });
    else if (message instanceof Error) this.pino[level]({ ...fields, stack: message.stack }, message.message);
    else this.pino[level](fields, String(message));
  }
}

/** The logger for LOG_LEVEL's Nest levels; false silences everything. */
export function createAppLogger(levels: false | LogLevel[]): AppLogger | false {
  return levels === false ? false : new AppLogger(levels);
}
