import { Logger } from '@nestjs/common';
import { hash as argon2Hash, type Algorithm } from '@node-rs/argon2';
import { PasswordHasher } from './index';

const PASSWORD = 'Sieben Brücken über die Lenne 🚲';
const COMPOSED = 'Grüße aus Möhnesee'; // ü, ö as single code points (NFC)
const DECOMPOSED = COMPOSED.normalize('NFD'); // u + U+0308, o + U+0308

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * CPU time (user + system, all threads of this process: argon2 runs on libuv's pool) in ms. Wall
 * time made this test flaky when other test workers shared the cores; the work done does not vary.
 */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** True when neither duration exceeds the other by more than `factor`. */
function withinFactor(a: number, b: number, factor: number): boolean {
  return Math.max(a, b) <= factor * Math.min(a, b);
}

/** Medians of `runs` interleaved measurements of two operations (alternating which goes first). */
async function compareMedians(runs: number, first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(await timed(first));
      b.push(await timed(second));
    } else {
      b.push(await timed(second));
      a.push(await timed(first));
    }
  }
  return [median(a), median(b)];
}

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();
  let stored: string;

  beforeAll(async () => {
    stored = await hasher.hash(PASSWORD);
  });

  it('makes an argon2id PHC string with m=19456, t=2, p=1', () => {
    expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(stored).not.toContain(PASSWORD);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash(PASSWORD)).not.toBe(stored);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    await expect(hasher.verify(stored, PASSWORD)).resolves.toBe(true);
    await expect(hasher.verify(stored, `${PASSWORD} `)).resolves.toBe(false);
    await expect(hasher.verify(stored, PASSWORD.toUpperCase())).resolves.toBe(false);
  });

  it('treats composed and decomposed umlauts as the same password (NFKC)', async () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    const fromComposed = await hasher.hash(COMPOSED);
    const fromDecomposed = await hasher.hash(DECOMPOSED);
    await expect(hasher.verify(fromComposed, DECOMPOSED)).resolves.toBe(true);
    await expect(hasher.verify(fromDecomposed, COMPOSED)).resolves.toBe(true);
    await expect(hasher.verify(fromComposed, 'Grusse aus Mohnesee')).resolves.toBe(false);
  });

  it('needs a rehash only when the parameters differ', async () => {
    expect(hasher.needsRehash(stored)).toBe(false);
    const weaker = await argon2Hash(PASSWORD, { algorithm: 2 as Algorithm, memoryCost: 4096, timeCost: 3, parallelism: 1 });
    expect(weaker.startsWith('$argon2id$v=19$m=4096,t=3,p=1$')).toBe(true);
    expect(hasher.needsRehash(weaker)).toBe(true);
    const otherVariant = await argon2Hash(PASSWORD, { algorithm: 1 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(otherVariant.startsWith('$argon2i$')).toBe(true);
    expect(hasher.needsRehash(otherVariant)).toBe(true);
    const longerOutput = await argon2Hash(PASSWORD, { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 64 });
    expect(hasher.needsRehash(longerOutput)).toBe(true);
    expect(hasher.needsRehash('$2b$10$notAnArgon2HashAtAll')).toBe(true);
    // A hash with old parameters still verifies, so the caller can rehash after a successful sign-in.
    await expect(hasher.verify(weaker, PASSWORD)).resolves.toBe(true);
  });

  it('answers false for a stored value that is not an argon2 hash, without logging the password', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await expect(hasher.verify('not-a-hash', PASSWORD)).resolves.toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(warn.mock.calls)).not.toContain(PASSWORD);
    } finally {
      warn.mockRestore();
    }
  });

  it('verifyAgainstDummy always answers false, even for the empty password', async () => {
    await expect(hasher.verifyAgainstDummy(PASSWORD)).resolves.toBe(false);
    await expect(hasher.verifyAgainstDummy('')).resolves.toBe(false);
  });

  it('computes the dummy hash once, shared by concurrent first callers', async () => {
    const fresh = new PasswordHasher();
    const spy = jest.spyOn(fresh as unknown as { getDummyHash(): Promise<string> }, 'getDummyHash');
    await Promise.all([fresh.verifyAgainstDummy('a'), fresh.verifyAgainstDummy('b'), fresh.onModuleInit()]);
    const dummies = await Promise.all(spy.mock.results.map((result) => result.value as Promise<string>));
    expect(new Set(dummies).size).toBe(1);
    expect(dummies[0]!.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
  });

  it('an unknown email (dummy verification) costs as much as a wrong password: median CPU times within a factor of 1.5', async () => {
    // Warm up both paths (the first dummy call also computes the dummy hash).
    await hasher.verifyAgainstDummy('warm-up');
    await hasher.verify(stored, 'warm-up');

    const [wrongPassword, unknownEmail] = await compareMedians(
      7,
      () => hasher.verify(stored, 'a wrong password'),
      () => hasher.verifyAgainstDummy('a wrong password'),
    );
    expect(wrongPassword).toBeGreaterThan(5); // a real argon2 verification, not a shortcut
    expect(withinFactor(wrongPassword, unknownEmail, 1.5)).toBe(true);

    // The check can fail: a dummy path that returned early would be far outside the factor.
    const [, earlyReturn] = await compareMedians(
      7,
      () => hasher.verify(stored, 'a wrong password'),
      () => Promise.resolve(false),
    );
    expect(withinFactor(wrongPassword, earlyReturn, 1.5)).toBe(false);
  });
});
