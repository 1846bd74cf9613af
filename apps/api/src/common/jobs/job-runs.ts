import { Injectable } from '@nestjs/common';

/** What a background job reports after each run. */
export interface JobRecord {
  succeeded(at?: number): void;
  failed(): void;
}

/**
 * The outcome of each background job in this process: when it last ran without error and how
 * often it failed. Read by the metrics (`wiw_job_last_success_timestamp_seconds`,
 * `wiw_job_failures_total`); one instance per application.
 */
@Injectable()
export class JobRuns {
  private readonly jobs = new Map<string, { lastSuccessMs: number | null; failures: number }>();

  /** The record of one job, by a plain name (a metrics label, e.g. `mail_delivery`). */
  job(name: string): JobRecord {
    const state = this.jobs.get(name) ?? { lastSuccessMs: null, failures: 0 };
    this.jobs.set(name, state);
    return {
      succeeded: (at = Date.now()) => {
        state.lastSuccessMs = at;
      },
      failed: () => {
        state.failures += 1;
      },
    };
  }

  list(): Array<{ name: string; lastSuccessMs: number | null; failures: number }> {
    return [...this.jobs].map(([name, state]) => ({ name, ...state }));
  }
}
