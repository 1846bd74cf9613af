import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Browser tests against the real server: the built API (apps/api/dist/main.js) serving the built
 * web client (apps/web/dist) on one port, with a fresh embedded PGlite database and demo data.
 * Debian's Chromium is used; Playwright never downloads a browser. Start through e2e/run.mjs.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Workers re-evaluate this file: keep one data directory per run by passing it through the env.
process.env.E2E_PGLITE_DIR ??= mkdtempSync(path.join(tmpdir(), 'wiw-e2e-pglite-'));

// The server inherits process.env: only an explicit E2E_DATABASE_URL may point it at PostgreSQL.
if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete process.env.DATABASE_URL;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node ../api/dist/main.js',
    cwd: '.',
    url: `${baseURL}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PGLITE_DATA_DIR: process.env.E2E_PGLITE_DIR,
      SEED_DEMO_DATA: 'true',
      // NODE_ENV=test leaves the dashboard's refresh job off unless asked for.
      DASHBOARD_REFRESH_SECONDS: '10',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    },
  },
});
