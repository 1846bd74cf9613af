import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './pglite-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wiw-lock-'));
  dirs.push(dir);
  return path.join(dir, 'pglite');
};

describe('lockDataDir', () => {
  it('keeps a second process out while the first holds the folder, and lets go on release', async () => {
    const dataDir = scratch();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      writeFileSync(`${dataDir}.lock`, String(child.pid));
      expect(() => lockDataDir(dataDir)).toThrow(new RegExp(`in use by process ${child.pid}`));
    } finally {
      child.kill();
    }
    await new Promise((resolve) => child.on('exit', resolve));
    const release = lockDataDir(dataDir);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dataDir = scratch();
    writeFileSync(`${dataDir}.lock`, '999999999');
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });
});
