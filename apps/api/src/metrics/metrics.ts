import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Operation names become labels only while they are few and plain; the rest share one label. */
const MAX_OPERATIONS = 200;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ANONYMOUS_OPERATION = 'anonymous';
const OTHER_OPERATION = 'other';
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The portal's Prometheus metrics, one registry per application (tests run several in one
 * process). Label values are bounded: routes are Fastify's route patterns, operation names are
 * capped (unnamed or unknown operations share one label), error codes come from the closed list.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly httpDuration = new Histogram({
    name: 'wiw_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'wiw_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name and outcome (ok or error)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'wiw_graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'wiw_process_' });
  }

  /** A bounded label for an operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (!PLAIN_NAME.test(name)) return OTHER_OPERATION;
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return OTHER_OPERATION;
    this.operations.add(name);
    return name;
  }

  /**
   * A gauge read from the database (or elsewhere) when Prometheus scrapes. A read that fails (the
   * database away) leaves the gauge without samples instead of failing the whole scrape: the
   * process's other metrics matter most exactly then.
   */
  gaugeOnScrape<L extends string>(name: string, help: string, labelNames: readonly L[], read: (gauge: Gauge<L>) => Promise<void>): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        try {
          await read(this);
        } catch {
          this.reset();
        }
      },
    });
  }
}
