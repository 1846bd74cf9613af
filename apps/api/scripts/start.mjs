#!/usr/bin/env node
// `npm start`: builds what changed (turbo, cached), with one line per build step instead of a
// silent minute, then runs the built server (apps/api/dist/main.js) in this process, which logs
// the database, migrations, reference data, demo data and "Ready: http://localhost:3000".
// The build's own output is only shown when it fails.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TASK_LINE = /^(\S+?):([\w:-]+): (.*)$/;
const started = Date.now();

console.log('Building the portal (about a minute on a fresh clone, seconds when nothing changed) …');

/** Runs turbo's build; resolves to its exit code. Prints a line per step it runs; keeps the rest for a failure. */
function build() {
  const turbo = spawn(
    path.join(root, 'node_modules', '.bin', 'turbo'),
    ['run', 'build', '--output-logs=new-only', '--log-order=stream', '--log-prefix=task', '--no-color'],
    { cwd: root, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' },
  );
  const output = [];
  let upToDate = 0;
  const onLine = (line) => {
    const task = TASK_LINE.exec(line);
    if (task && task[3].startsWith('cache miss')) console.log(`  ${task[1]} ${task[2]} …`);
    else if (task && task[3].startsWith('cache hit')) upToDate += 1;
    else output.push(line);
  };
  createInterface({ input: turbo.stdout }).on('line', onLine);
  createInterface({ input: turbo.stderr }).on('line', onLine);
  return new Promise((resolve) => {
    turbo.on('error', (error) => {
      output.push(`Cannot run turbo (${error.message}): run npm install first.`);
      resolve({ code: 1, output, upToDate });
    });
    turbo.on('close', (code) => resolve({ code: code ?? 1, output, upToDate }));
  });
}

const { code, output, upToDate } = await build();
if (code !== 0) {
  console.error(output.join('\n'));
  console.error(`\nThe build failed (exit code ${code}); the portal was not started.`);
  process.exit(code);
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`Built in ${seconds} s${upToDate ? ` (${upToDate} steps were up to date)` : ''}. Starting …`);
await import(pathToFileURL(path.join(root, 'apps', 'api', 'dist', 'main.js')).href);
