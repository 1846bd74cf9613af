import { applyMigrations, createDatabase, seedReferenceData, type Database } from '@wiw/db';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '@wiw/db/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The built API (apps/api/dist), as `npm start` and the image run it. */
export const API_DIST = path.resolve(__dirname, '..', '..', 'dist');

/**
 * A database that a child process (the built server or a CLI) can use: on PostgreSQL a copy of
 * the seeded template, on PGlite a migrated folder with the reference data. PGlite admits one
 * process at a time: open it here only while no child has it.
 */
export interface ChildDatabase {
  /** DATABASE_URL or PGLITE_DATA_DIR for the child. */
  readonly env: Record<string, string>;
  /** The database in this process (opened once, until release). */
  open(): Promise<Database>;
  /** Lets a child have it again (closes this process's connection on PGlite). */
  release(): Promise<void>;
  drop(): Promise<void>;
}

export async function childDatabase(): Promise<ChildDatabase> {
  if (testDatabaseKind() === 'postgres') {
    const db: TestDatabase = await createTestDatabase();
    return { env: { DATABASE_URL: db.url! }, open: async () => db.database, release: async () => undefined, drop: () => db.drop() };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wiw-child-pglite-'));
  const prepared = await createDatabase({ kind: 'pglite', dataDir });
  await applyMigrations(prepared.connection);
  await seedReferenceData(prepared.prisma);
  await prepared.close();
  let opened: Database | null = null;
  const release = async () => {
    await opened?.close();
    opened = null;
  };
  return {
    env: { PGLITE_DATA_DIR: dataDir },
    open: async () => (opened ??= await createDatabase({ kind: 'pglite', dataDir })),
    release,
    drop: async () => {
      await release();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Child {
  readonly process: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves when the output contains the text (rejects when the process ends first or after `ms`). */
  waitFor(text: string | RegExp, ms?: number): Promise<void>;
  readonly finished: Promise<Finished>;
}

/** Runs `node <script> …args` with only the given environment (and PATH). */
export function runNode(script: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [script, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), notify()));
  child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), notify()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
      notify();
    });
  });
  const waitFor = (text: string | RegExp, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const seen = () => (typeof text === 'string' ? stdout.includes(text) : text.test(stdout));
      const timer = setTimeout(() => done(new Error(`"${String(text)}" did not appear within ${ms} ms:\n${stdout}\n${stderr}`)), ms);
      const check = () => {
        if (seen()) done();
        else if (child.exitCode !== null || child.signalCode !== null)
          done(new Error(`the process ended before "${String(text)}":\n${stdout}\n${stderr}`));
      };
      function done(error?: Error) {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve();
      }
      listeners.add(check);
      check();
    });
  return { process: child, stdout: () => stdout, stderr: () => stderr, waitFor, finished };
}

/** A local port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
