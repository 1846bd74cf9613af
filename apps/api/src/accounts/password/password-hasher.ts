import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { hash, parseOptions, verify, type Algorithm, type Options, type Version } from '@node-rs/argon2';
import { normalizePassword } from './password.policy';

/**
 * `Algorithm.Argon2id` from @node-rs/argon2 is a `const enum` declared in its typings: it does not
 * exist at runtime (the exported object is empty) and TypeScript refuses to inline it under
 * `isolatedModules`. Its value is 2; the tests check that hashes really start with `$argon2id$`.
 */
const ARGON2ID = 2 as Algorithm;
/** `Version.V0x13` (v=19), the current Argon2 version, for the same reason as above. */
const ARGON2_VERSION_0X13 = 1 as Version;

/**
 * OWASP Password Storage Cheat Sheet / ASVS 5.0 11.4.2: argon2id with m=19 MiB, t=2, p=1.
 * A hash takes ~30–50 ms on one core of our machines.
 */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const satisfies Options;

/**
 * Hashes and verifies passwords with argon2id (@node-rs/argon2: Rust's argon2 crate as a napi
 * binary; hashing runs on libuv's thread pool and does not block the event loop).
 *
 * Every method normalises the password with NFKC first (see password.policy.ts), so a password typed
 * with a composed "ü" verifies against a hash made from a decomposed one. Passwords are never
 * logged, stored or put into error messages here.
 *
 * Sign-in must call `verify` when the account exists and `verifyAgainstDummy` when it does not, so
 * an unknown email costs one argon2 verification just like a wrong password, and answer both with
 * the same error.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private readonly logger = new Logger(PasswordHasher.name);
  private dummyHash: Promise<string> | undefined;

  /** Computes the dummy hash when the application starts, so the first unknown-email sign-in is not slower. */
  async onModuleInit(): Promise<void> {
    await this.getDummyHash();
  }

  /** A PHC string: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` with a random 16-byte salt. */
  hash(password: string): Promise<string> {
    return hash(normalizePassword(password), PASSWORD_HASH_OPTIONS);
  }

  /**
   * True if the password matches the stored hash (argon2's comparison is constant-time). A stored
   * value that is not a valid argon2 PHC string counts as a mismatch; it still costs one dummy
   * verification, so it cannot be told apart by timing either.
   */
  async verify(storedHash: string, password: string): Promise<boolean> {
    try {
      return await verify(storedHash, normalizePassword(password));
    } catch {
      this.logger.warn('A stored password hash could not be decoded; the sign-in attempt is treated as a wrong password.');
      await this.verifyAgainstDummy(password);
      return false;
    }
  }

  /**
   * True when the hash was made with other parameters (algorithm, version, memory, time,
   * parallelism, output length) than PASSWORD_HASH_OPTIONS, or is not an argon2 hash at all: after
   * a successful sign-in the caller should store `hash(password)` in its place.
   */
  needsRehash(storedHash: string): boolean {
    let params: ReturnType<typeof parseOptions>;
    try {
      params = parseOptions(storedHash);
    } catch {
      return true;
    }
    return (
      params.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
      params.version !== ARGON2_VERSION_0X13 ||
      params.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
      params.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
      params.parallelism !== PASSWORD_HASH_OPTIONS.parallelism ||
      params.outputLen !== PASSWORD_HASH_OPTIONS.outputLen
    );
  }

  /**
   * Runs one full argon2 verification of the password against a fixed dummy hash made with the
   * current parameters, and always answers false. Use it when no account has the given email, so
   * that "unknown email" takes as long as "wrong password".
   */
  async verifyAgainstDummy(password: string): Promise<false> {
    const dummy = await this.getDummyHash();
    // The result is ignored: the dummy's password is random and thrown away.
    await verify(dummy, normalizePassword(password));
    return false;
  }

  /**
   * The dummy hash, computed once on first use (or at module init) from a random password that is
   * never kept. Concurrent first callers share the same promise; a failure is retried next time.
   */
  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hash(randomBytes(32).toString('base64url'), PASSWORD_HASH_OPTIONS).catch((error: unknown) => {
      this.dummyHash = undefined;
      throw error;
    });
    return this.dummyHash;
  }
}
