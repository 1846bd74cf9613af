import { TryAgainError } from '../errors/try-again';
import { Semaphore } from './semaphore';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('Semaphore', () => {
  it('never runs more than its limit at once, also when a newcomer arrives as a place frees up', async () => {
    const semaphore = new Semaphore(2, { maxWaitMs: 5_000, maxQueue: 10 });
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };
    const first = Array.from({ length: 6 }, () => semaphore.run(task));
    // Newcomers arrive while the first ones finish and hand over their places.
    await new Promise((resolve) => setTimeout(resolve, 6));
    const later = Array.from({ length: 4 }, () => semaphore.run(task));
    await Promise.all([...first, ...later]);
    expect(most).toBe(2);
  });

  it('answers TRY_AGAIN when the wait runs out, and the task never runs', async () => {
    const semaphore = new Semaphore(1, { maxWaitMs: 20, maxQueue: 10 });
    const blocker = gate();
    const holding = semaphore.run(() => blocker.opened);
    let ran = false;
    await expect(semaphore.run(async () => void (ran = true))).rejects.toBeInstanceOf(TryAgainError);
    expect(semaphore.queued).toBe(0);
    blocker.open();
    await holding;
    expect(ran).toBe(false);
    await expect(semaphore.run(async () => 'free again')).resolves.toBe('free again');
  });

  it('refuses at once when the queue is full', async () => {
    const semaphore = new Semaphore(1, { maxWaitMs: 5_000, maxQueue: 1 });
    const blocker = gate();
    const holding = semaphore.run(() => blocker.opened);
    const waiting = semaphore.run(async () => 'waited');
    const started = Date.now();
    await expect(semaphore.run(async () => 'never')).rejects.toMatchObject({ code: 'TRY_AGAIN', details: { retryAfterSeconds: 2 } });
    expect(Date.now() - started).toBeLessThan(100);
    blocker.open();
    await holding;
    await expect(waiting).resolves.toBe('waited');
  });
});
