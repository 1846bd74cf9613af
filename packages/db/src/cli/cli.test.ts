import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The built command-line tools (dist/cli, as the image runs them): --help prints the usage and
 * exits 0 without opening any database, a wrong command line is refused with the usage (exit 2).
 * "Without opening" is shown twice: DATABASE_URL points at a port where nothing listens (a tool
 * that connected would fail), and without DATABASE_URL the embedded database's folder is never
 * created.
 */

const CLI_DIR = path.resolve(__dirname, '..', '..', 'dist', 'cli');
const COMMANDS = ['migrate', 'seed', 'create-migration', 'import-skills', 'import-stats', 'seed-scale'] as const;
const DEAD_DATABASE = 'postgresql://nobody:secret@127.0.0.1:9/nothing';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'wiw-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(CLI_DIR, `${command}.js`), ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(COMMANDS)('%s', (command) => {
  it('prints its usage for --help and -h and exits 0 without connecting', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run(command, [flag], { DATABASE_URL: DEAD_DATABASE });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Usage: /);
      expect(result.stdout).toMatch(/-h, --help +show this help and exit/);
      expect(result.stderr).toBe('');
    }
  });

  it('wins over any other argument and never creates the embedded database', async () => {
    const dataDir = path.join(scratch, `${command}-help`);
    const result = await run(command, ['--file', 'x.csv', '--help', '--bogus'], { PGLITE_DATA_DIR: dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses an unknown option with the usage, exit code 2, before opening anything', async () => {
    const dataDir = path.join(scratch, `${command}-unknown`);
    const result = await run(command, ['--bogus'], { PGLITE_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: Unknown option '--bogus'/);
    expect(result.stderr).toMatch(/\nUsage: /);
    expect(result.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  });
});
