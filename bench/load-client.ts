// The load benchmark's client: requests sent at a fixed arrival rate (open loop: a slow answer does
// not slow the sending), round robin over the replicas; a replica that refuses connections is left
// out, and a request that may be repeated (reads; bookings carry an idempotency key) is sent again
// to another replica. Each request is bounded in time.
import type { Replica } from './load-replicas';

export interface Job {
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
  cookie?: string;
  /** May be sent again after a lost connection (a read, or a write with an idempotency key). */
  repeatable: boolean;
}

export interface Outcome {
  kind: string;
  /** Milliseconds since the run began. */
  sentAt: number;
  doneAt: number;
  /** `ok`, an error code from the answer, `HTTP_<status>`, `NETWORK` or `TIMEOUT`. */
  result: string;
  status: number;
  retried: boolean;
  data?: Record<string, unknown>;
}

const TIMEOUT_MS = 15_000;

export class LoadClient {
  private next = 0;
  private readonly down = new Set<string>();

  constructor(private readonly replicas: readonly Replica[]) {}

  private pick(avoid?: string): Replica {
    const alive = this.replicas.filter((replica) => !this.down.has(replica.name) && replica.name !== avoid);
    const choices = alive.length > 0 ? alive : this.replicas;
    return choices[this.next++ % choices.length]!;
  }

  private async sendTo(replica: Replica, job: Job): Promise<{ result: string; status: number; data?: Record<string, unknown> }> {
    const response = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(job.cookie ? { cookie: job.cookie } : {}) },
      body: JSON.stringify({ query: job.query, variables: job.variables ?? {} }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status >= 500) return { result: `HTTP_${response.status}`, status: response.status };
    let body: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { result: `HTTP_${response.status}`, status: response.status };
    }
    const code = body.errors?.[0]?.extensions?.code;
    if (code) return { result: code, status: response.status };
    return { result: response.status === 200 && body.data ? 'ok' : `HTTP_${response.status}`, status: response.status, data: body.data ?? undefined };
  }

  async send(job: Job, began: number): Promise<Outcome> {
    const sentAt = performance.now() - began;
    const first = this.pick();
    let retried = false;
    let answer: { result: string; status: number; data?: Record<string, unknown> };
    try {
      answer = await this.sendTo(first, job);
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      if (!timedOut) this.down.add(first.name);
      answer = { result: timedOut ? 'TIMEOUT' : 'NETWORK', status: 0 };
      if (!timedOut && job.repeatable) {
        retried = true;
        answer = await this.sendTo(this.pick(first.name), job).catch((again: unknown) => ({
          result: again instanceof Error && again.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK',
          status: 0,
        }));
      }
    }
    return { kind: job.kind, sentAt, doneAt: performance.now() - began, retried, ...answer };
  }

  /**
   * Sends `rate` jobs per second for `seconds` (job i at i/rate s), calling `at` for timed events
   * (the faults) in between; resolves with every outcome once the last answer is in.
   */
  async run(
    rate: number,
    seconds: number,
    jobOf: (i: number) => Job,
    events: Array<{ atSeconds: number; run: (elapsedMs: () => number) => Promise<void> }> = [],
  ): Promise<{ outcomes: Outcome[]; began: number }> {
    const began = performance.now();
    const elapsed = () => performance.now() - began;
    const total = Math.round(rate * seconds);
    const pending: Array<Promise<Outcome>> = [];
    const running = events.map(
      (event) => new Promise<void>((resolve) => setTimeout(() => void event.run(elapsed).finally(resolve), event.atSeconds * 1000)),
    );
    for (let i = 0; i < total; i += 1) {
      const due = (i * 1000) / rate - elapsed();
      if (due > 1) await new Promise((resolve) => setTimeout(resolve, due));
      pending.push(this.send(jobOf(i), began));
    }
    const outcomes = await Promise.all(pending);
    await Promise.all(running);
    return { outcomes, began };
  }
}
