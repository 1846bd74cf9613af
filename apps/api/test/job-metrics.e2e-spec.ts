import { testDatabaseKind } from '@wiw/db/testing';
import { MailWorker } from '../src/mail/mail.worker';
import { sampleIn } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';

const TOKEN = 'scrape-token-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  // The dashboard refresh runs once at start (and then hourly); the mail worker is started by hand.
  t = await startTestApp({ env: { METRICS_TOKEN: TOKEN, DASHBOARD_REFRESH_SECONDS: '50', MAIL_POLL_MS: '100' } });
});
afterAll(async () => {
  await t.app.get(MailWorker).stop();
  await t.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one sample line; NaN when absent (so no comparison passes). */
const sample = (text: string, line: string): number => sampleIn(text, line) ?? NaN;

async function eventually(check: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = await scrape();
    if (check(text) || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('background job metrics', () => {
  it("show each job's last success and count its failures", async () => {
    const started = Date.now() / 1000;
    let text = await eventually((s) => sample(s, 'wiw_job_last_success_timestamp_seconds{job="dashboard_refresh"}') > 0);
    expect(sample(text, 'wiw_job_last_success_timestamp_seconds{job="dashboard_refresh"}')).toBeGreaterThan(started - 60);
    // Jobs that have not succeeded yet are listed with 0, so an alert sees them.
    expect(sample(text, 'wiw_job_last_success_timestamp_seconds{job="mail_delivery"}')).toBe(0);
    expect(sample(text, 'wiw_job_failures_total{job="mail_delivery"}')).toBe(0);
    for (const job of ['booking_reminders', 'need_expiry', 'signup_retention', 'meeting_reminders']) {
      expect(sample(text, `wiw_job_last_success_timestamp_seconds{job="${job}"}`)).toBe(0);
    }

    // The outbox table away: every round of the mail worker fails.
    const prisma = t.db.database.prisma;
    await prisma.$executeRawUnsafe('ALTER TABLE "OutboxMessage" RENAME TO "OutboxMessageAway"');
    try {
      t.app.get(MailWorker).start();
      text = await eventually((s) => sample(s, 'wiw_job_failures_total{job="mail_delivery"}') >= 2);
      expect(sample(text, 'wiw_job_failures_total{job="mail_delivery"}')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'wiw_job_last_success_timestamp_seconds{job="mail_delivery"}')).toBe(0);
      // The outbox gauges cannot be read now: they are left out, the rest of the scrape is served.
      expect(text).not.toMatch(/^wiw_outbox_messages\{/m);
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE "OutboxMessageAway" RENAME TO "OutboxMessage"');
    }
    const back = Date.now() / 1000;
    text = await eventually((s) => sample(s, 'wiw_job_last_success_timestamp_seconds{job="mail_delivery"}') >= back);
    expect(sample(text, 'wiw_job_last_success_timestamp_seconds{job="mail_delivery"}')).toBeGreaterThanOrEqual(back);
  });

  (testDatabaseKind() === 'postgres' ? it : it.skip)('show the use of the PostgreSQL pool', async () => {
    const pool = t.db.database.connection.pool!;
    const held = await Promise.all([pool.connect(), pool.connect()]);
    let text: string;
    try {
      text = await scrape();
    } finally {
      for (const client of held) client.release();
    }
    expect(sample(text, 'wiw_db_pool_max_connections')).toBe(10);
    expect(sample(text, 'wiw_db_pool_connections{state="in_use"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'wiw_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'wiw_db_pool_waiting_requests')).toBe(0);
    text = await scrape();
    expect(sample(text, 'wiw_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
  });
});
