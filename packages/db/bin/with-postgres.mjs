#!/usr/bin/env node
// Usage: node packages/db/bin/with-postgres.mjs -- <command...>
// Runs the command with DATABASE_URL pointing at PostgreSQL:
//  - DATABASE_URL already set: that server is used (tests create their own databases on it);
//  - otherwise a throwaway server from /usr/lib/postgresql/*/bin is started and stopped afterwards;
//  - where no PostgreSQL binaries exist, the command runs on embedded PGlite (WIW_TEST_DATABASE=pglite).
import { spawn } from 'node:child_process';
import { findPostgresBin, startPostgres } from './postgres-server.mjs';

const separator = process.argv.indexOf('--');
const command = separator >= 0 ? process.argv.slice(separator + 1) : process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: with-postgres.mjs -- <command...>');
  process.exit(2);
}

function describe(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

function runCommand(env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env, shell: process.platform === 'win32' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let server = null;
let env = { ...process.env };
if (process.env.DATABASE_URL) {
  console.log(`[database] PostgreSQL from DATABASE_URL (${describe(process.env.DATABASE_URL)})`);
  env.WIW_TEST_DATABASE = 'postgres';
} else {
  const binDir = findPostgresBin();
  if (binDir) {
    server = await startPostgres(binDir);
    console.log(`[database] throwaway PostgreSQL server (${binDir}) on 127.0.0.1:${server.port}`);
    env = { ...env, DATABASE_URL: server.url, WIW_TEST_DATABASE: 'postgres' };
  } else {
    console.log('[database] no PostgreSQL binaries in /usr/lib/postgresql: running on embedded PGlite');
    env.WIW_TEST_DATABASE = 'pglite';
  }
}

let code;
try {
  code = await runCommand(env);
} finally {
  server?.stop();
}
const used = server ? 'a throwaway PostgreSQL server' : env.WIW_TEST_DATABASE === 'pglite' ? 'embedded PGlite' : 'PostgreSQL from DATABASE_URL';
// On stderr, so that a command's own last line (a benchmark's figure) stays last on stdout.
console.error(`[database] finished on ${used} (exit code ${code})`);
process.exit(code);
