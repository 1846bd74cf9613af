#!/usr/bin/env node
// Runs the Playwright browser tests in Debian's Chromium against the built API + web client.
// Checks prerequisites first, builds the web client (skip with E2E_SKIP_BUILD=1), picks a free
// port and a fresh PGlite directory, and removes that directory afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(message);
  process.exit(1);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  fail(
    'Chromium fehlt / Chromium is missing: install the Debian package `chromium` (apt-get install -y chromium)\n' +
      `  (looked for ${chromium}; set CHROMIUM_PATH to use another binary)`,
  );
}

const apiMain = path.resolve(webDir, '../api/dist/main.js');
if (!existsSync(apiMain)) {
  fail(`API nicht gebaut / API not built (${apiMain} fehlt / is missing): run \`npm run build\` in the repository root first.`);
}

/** Path of a file inside an installed package (its bin scripts are not exported). */
function packageFile(name, file) {
  return path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: webDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  if (!existsSync(path.join(webDir, 'src/gql/index.ts'))) {
    run(process.execPath, [packageFile('@graphql-codegen/cli', 'esm/bin.js'), '--config', 'codegen.ts']);
  }
  run(process.execPath, [packageFile('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn']);
} else if (!existsSync(path.join(webDir, 'dist/index.html'))) {
  fail('Web-Client nicht gebaut / web client not built: run `npm run build -w @wiw/web` or unset E2E_SKIP_BUILD.');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = process.env.E2E_PORT ?? String(await freePort());
const dataDir = mkdtempSync(path.join(tmpdir(), 'wiw-e2e-pglite-'));
const env = { ...process.env, E2E_PORT: port, E2E_PGLITE_DIR: dataDir, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
if (env.E2E_DATABASE_URL) env.DATABASE_URL = env.E2E_DATABASE_URL;
else delete env.DATABASE_URL;

const child = spawn(process.execPath, [require.resolve('@playwright/test/cli'), 'test', ...process.argv.slice(2)], {
  cwd: webDir,
  env,
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
