import type { Logger } from '@nestjs/common';
import type { JobRecord } from './job-runs';

/**
 * A background task run every `everyMs` on an unref'd timer (it never keeps the process alive).
 * A run never overlaps the previous one (a tick during a run is skipped); a failed run is logged.
 * `stop()` ends the timer and waits for a run in progress, so a shutdown lets it finish before the
 * database pool closes. Each run's outcome goes to `record` (the metrics' last success and failures).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;

  constructor(
    private readonly what: string,
    private readonly task: () => Promise<unknown>,
    private readonly logger: Logger,
    private readonly record: JobRecord,
  ) {}

  start(everyMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), everyMs);
    this.timer.unref();
  }

  /** Runs the task now unless it is running already; resolves when that run is over. */
  runOnce(): Promise<void> {
    this.current ??= this.task()
      .then(
        () => this.record.succeeded(),
        (error: unknown) => {
          this.record.failed();
          this.logger.error(`${this.what} failed: ${String(error)}`);
        },
      )
      .finally(() => {
        this.current = null;
      });
    return this.current;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current;
  }
}
