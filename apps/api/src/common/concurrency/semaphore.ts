import { TryAgainError } from '../errors/try-again';

/** The write queue of a feature's transactions (bookings, desk days, registrations): six at once per process (the pool has ten), a turn waited for at most 10 s, at most 250 waiting; beyond, TRY_AGAIN. */
export const WRITE_QUEUE = { limit: 6, maxWaitMs: 10_000, maxQueue: 250 };

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

/**
 * At most `limit` tasks at once; the others wait their turn in order, but never without end: a
 * task that waits longer than `maxWaitMs`, or finds `maxQueue` tasks already waiting, is refused
 * with TRY_AGAIN (nothing ran), so a burst is answered early instead of late.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly limit: number,
    private readonly options: { maxWaitMs: number; maxQueue: number } = WRITE_QUEUE,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.maxQueue) return Promise.reject(new TryAgainError());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new TryAgainError());
        }, this.options.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the place straight to the next waiter (so no newcomer slips in between), or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.admit();
    else this.active -= 1;
  }
}
