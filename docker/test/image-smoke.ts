// The production image as an operator runs it, on this machine's loopback only:
//  - an empty PostgreSQL database, two replicas started at the same time (start-up lock), each with a
//    read-only root file system, behind Caddy terminating TLS (docker/Caddyfile), mail to a real
//    SMTP server;
//  - ready; five topic fields; skills searchable; no demo data; the first administrator created by
//    the image's CLI sets a password through the printed link and signs in through the proxy (the
//    __Host- session cookie works over TLS); a company signs up and its confirmation mail arrives;
//  - metrics never through the proxy: only on the metrics port of the replica configured for it;
//  - SIGTERM ends a replica cleanly within the bound while the other keeps serving;
//  - backup (pg_dump custom format) restored into an empty database holds every row again and
//    serves the portal.
// Run by .ci/image.sh (which builds the image): IMAGE=… DATABASE_URL=… node -r @swc-node/register docker/test/image-smoke.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSmtp, type TestSmtp } from '../../apps/api/test/support/smtp';
import { backupAndRestore } from './backup-restore';
import { database, type TestDatabase } from './database';
import { dataOf, graphql, request } from './http';
import { background, freePort, must, run, waitFor } from './processes';

const image = process.env.IMAGE ?? 'wiw/portal:ci';
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL must point at a PostgreSQL server (the test creates its own databases there).');
const tag = `wiw-image-${process.pid}`;
const started: string[] = [];
const step = (text: string) => console.log(`image: ${text}`);

interface Replica {
  name: string;
  url: string;
}

async function startReplica(name: string, databaseUrl: string, env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const vars = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TRUST_PROXY: 'true',
    LOG_LEVEL: 'info',
    ...env,
  };
  await must('docker', [
    'run',
    '-d',
    '--name',
    name,
    '--network',
    'host',
    '--read-only',
    '--tmpfs',
    '/tmp',
    ...Object.entries(vars).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
    image,
  ]);
  started.push(name);
  return { name, url: `http://127.0.0.1:${port}` };
}

const logsOf = async (name: string) => {
  const out = await run('docker', ['logs', '--tail', '80', name]);
  return `--- docker logs ${name} ---\n${out.stdout}${out.stderr}`;
};

async function ready(replica: Replica, seconds = 120): Promise<number> {
  let logs = '';
  return waitFor(
    `${replica.name} ready`,
    seconds,
    async () => {
      logs = await logsOf(replica.name);
      return (await request(`${replica.url}/health/ready`)).status === 200;
    },
    () => logs,
  );
}

/** Prometheus's text format: a `# TYPE` line of one of our metrics. */
const METRICS_TEXT = /^# TYPE wiw_/m;

/**
 * Metrics answer on the metrics port of the replica that has one, and nowhere else: not through the
 * proxy (round robin over both replicas), not on a replica's main port, not on a replica without it.
 */
async function checkMetricsNeverPublic(replicas: Replica[], metricsPort: number, publicUrl: string, viaProxy: { ca: string }): Promise<void> {
  const scraped = await request(`http://127.0.0.1:${metricsPort}/metrics`);
  if (scraped.status !== 200 || !METRICS_TEXT.test(scraped.body))
    throw new Error(`no metrics on METRICS_PORT: ${scraped.status} ${scraped.body.slice(0, 200)}`);
  const elsewhere = [
    ...Array.from({ length: 4 }, () => request(`${publicUrl}/metrics`, viaProxy)),
    request(`${publicUrl}/metrics`, { ...viaProxy, headers: { authorization: 'Bearer x' } }),
    ...replicas.map((replica) => request(`${replica.url}/metrics`)),
  ];
  for (const answer of await Promise.all(elsewhere)) {
    if (METRICS_TEXT.test(answer.body)) throw new Error(`metrics answered where they must not (${answer.status})`);
  }
  const logs = await logsOf(replicas[1]!.name);
  if (!logs.includes('Metrics: off')) throw new Error(`the replica without METRICS_PORT does not say "Metrics: off":\n${logs}`);
  step(`metrics on replica 1's METRICS_PORT only; through the proxy and on the main ports /metrics is never answered with metrics`);
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'wiw-image-'));
  let smtp: TestSmtp | undefined;
  let proxy: ReturnType<typeof background> | undefined;
  const databases: TestDatabase[] = [];
  try {
    smtp = await startSmtp();
    const db = await database(adminUrl!, `${tag.replace(/-/g, '_')}`);
    databases.push(db);
    const httpsPort = await freePort();
    const publicUrl = `https://localhost:${httpsPort}`;
    const env = { PUBLIC_URL: publicUrl, SMTP_URL: smtp.url, MAIL_POLL_MS: '500', SHUTDOWN_TIMEOUT_SECONDS: '20', SHUTDOWN_DRAIN_SECONDS: '5' };

    // Two replicas at once on an empty database: one migrates and loads reference data, the other
    // waits. The first serves metrics on a port of its own (as in compose.yaml), the second none.
    const metricsPort = await freePort();
    const replicas = await Promise.all([
      startReplica(`${tag}-1`, db.url, { ...env, METRICS_PORT: String(metricsPort) }),
      startReplica(`${tag}-2`, db.url, env),
    ]);
    const waited = await Promise.all(replicas.map((r) => ready(r)));
    step(`two replicas ready on an empty database after ${Math.max(...waited).toFixed(1)} s`);

    // Caddy terminates TLS with its own CA and balances over both replicas.
    proxy = background('caddy', ['run', '--config', 'docker/Caddyfile', '--adapter', 'caddyfile'], {
      ...process.env,
      HOME: scratch,
      XDG_DATA_HOME: path.join(scratch, 'data'),
      XDG_CONFIG_HOME: path.join(scratch, 'config'),
      PORTAL_HOST: 'localhost',
      PORTAL_TLS: 'internal',
      PORTAL_UPSTREAMS: replicas.map((r) => r.url.replace('http://', '')).join(' '),
      HTTP_PORT: String(await freePort()),
      HTTPS_PORT: String(httpsPort),
    });
    const caFile = path.join(scratch, 'data/caddy/pki/authorities/local/root.crt');
    let ca = '';
    await waitFor(
      'TLS proxy answering',
      60,
      async () => {
        ca = readFileSync(caFile, 'utf8');
        return (await request(`${publicUrl}/health/ready`, { ca })).status === 200;
      },
      proxy.output,
    );
    const viaProxy = { ca };
    step(`TLS proxy (Caddy) on ${publicUrl}`);

    // Reference data on an empty production database; no demo data.
    const fields = dataOf(await graphql<{ topicFields: Array<{ key: string }> }>(replicas[0]!.url, '{ topicFields { key } }'), 'topicFields');
    if (fields.topicFields.length !== 5) throw new Error(`expected 5 topic fields, got ${JSON.stringify(fields)}`);
    const skills = dataOf(
      await graphql<{ skills: { totalCount: number } }>(replicas[1]!.url, '{ skills(search: "Elektro") { totalCount } }'),
      'skills',
    );
    if (skills.skills.totalCount < 1) throw new Error('no skill found for "Elektro"');
    const demo = await graphql(replicas[0]!.url, 'mutation($i: SignInInput!) { signIn(input: $i) { email } }', {
      i: { email: 'admin@demo.example.org', password: 'Westfalen-Demo-2026!' },
    });
    if (!demo.errors?.length) throw new Error('a demo account exists in production');
    step(`reference data: 5 topic fields, ${skills.skills.totalCount} skills for "Elektro", no demo accounts`);

    await checkMetricsNeverPublic(replicas, metricsPort, publicUrl, viaProxy);

    // The first administrator, by the image's own CLI.
    const cli = ['exec', replicas[0]!.name, 'node', 'apps/api/dist/cli/create-admin.js'];
    const help = await must('docker', [...cli, '--help']);
    if (!/--email/.test(help)) throw new Error(`create-admin --help printed no usage:\n${help}`);
    const created = await must('docker', [...cli, '--email', 'it-admin@portal.example.org', '--name', 'IT-Administration']);
    const link = created.split('\n').find((line) => line.startsWith(`${publicUrl}/konto/passwort-zuruecksetzen?token=`));
    if (!link) throw new Error(`create-admin printed no link under ${publicUrl}:\n${created}`);
    const again = await run('docker', [...cli, '--email', 'it-admin@portal.example.org']);
    if (again.code === 0) throw new Error('create-admin ran twice for the same e-mail without --force');
    const token = new URL(link).searchParams.get('token')!;
    const password = 'Ein-sicheres-Passwort-2026!';
    dataOf(
      await graphql(publicUrl, 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }', { i: { token, password } }, viaProxy),
      'resetPassword',
    );
    const signIn = await graphql<{ signIn: { roles: string[] } }>(
      publicUrl,
      'mutation($i: SignInInput!) { signIn(input: $i) { roles } }',
      { i: { email: 'it-admin@portal.example.org', password } },
      viaProxy,
    );
    if (!dataOf(signIn, 'signIn').signIn.roles.includes('ADMIN'))
      throw new Error(`the new administrator has no ADMIN role: ${JSON.stringify(signIn.data)}`);
    if (!/^__Host-[^;]+;.*Secure/i.test(signIn.setCookie ?? '')) throw new Error(`unexpected session cookie: ${signIn.setCookie}`);
    for (let i = 0; i < 4; i += 1) {
      // Round robin: the session works on both replicas.
      const me = dataOf(
        await graphql<{ me: { email: string } | null }>(publicUrl, '{ me { email } }', {}, { ...viaProxy, cookie: signIn.cookie }),
        'me',
      );
      if (me.me?.email !== 'it-admin@portal.example.org') throw new Error(`session lost through the proxy: ${JSON.stringify(me)}`);
    }
    step('administrator created by the CLI set a password through the link and signed in through TLS');

    // A company signs up; the confirmation mail reaches the SMTP server.
    const towns = dataOf(
      await graphql<{ regions: Array<{ key: string; municipalities: Array<{ id: string; name: string }> }> }>(
        publicUrl,
        '{ regions { key municipalities { id name } } }',
        {},
        viaProxy,
      ),
      'regions',
    );
    const olpe = towns.regions.find((r) => r.key === 'OLPE')?.municipalities[0];
    if (!olpe) throw new Error('no municipality in Kreis Olpe');
    const email = 'inhaberin@metallbau-olpe.example.org';
    dataOf(
      await graphql(
        publicUrl,
        'mutation($i: SignUpInput!) { signUp(input: $i) { email } }',
        {
          i: {
            email,
            name: 'Inhaberin Metallbau',
            password,
            organisation: { name: 'Metallbau Olpe Test GmbH', kind: 'COMPANY', municipalityId: olpe.id },
          },
        },
        viaProxy,
      ),
      'signUp',
    );
    await waitFor('confirmation mail at the SMTP server', 30, async () => smtp!.received.some((m) => m.to.includes(email)));
    const mail = smtp.received.find((m) => m.to.includes(email))!;
    const confirm = new RegExp(`${publicUrl.replace(/[.:/]/g, '\\$&')}/konto/bestaetigen\\?token=([\\w-]+)`).exec(mail.text);
    if (!confirm) throw new Error(`the confirmation mail has no link under ${publicUrl}:\n${mail.text}`);
    dataOf(await graphql(publicUrl, 'mutation($t: String!) { verifyEmail(token: $t) }', { t: confirm[1] }, viaProxy), 'verifyEmail');
    step(`a company signed up; "${mail.subject}" reached the SMTP server and confirmed the address`);

    // SIGTERM: one replica drains (not ready, still serving) and stops cleanly within the bound;
    // users going through the proxy meanwhile and afterwards see no error.
    const stopBegin = Date.now();
    const stopping = must('docker', ['stop', '-t', '30', replicas[1]!.name]);
    let served = 0;
    let done = false;
    void stopping.finally(() => (done = true));
    while (!done) {
      dataOf(await graphql(publicUrl, '{ topicFields { key } }', {}, viaProxy), 'topicFields while a replica stops');
      served += 1;
      await new Promise((resolve) => setTimeout(resolve, 20)); // a user-like pace, below the per-IP rate limit
    }
    await stopping;
    const stopSeconds = (Date.now() - stopBegin) / 1000;
    const exitCode = (await must('docker', ['inspect', '-f', '{{.State.ExitCode}}', replicas[1]!.name])).trim();
    if (exitCode !== '0' || stopSeconds > 25)
      throw new Error(`SIGTERM: exit code ${exitCode} after ${stopSeconds} s\n${await logsOf(replicas[1]!.name)}`);
    for (let i = 0; i < 4; i += 1) dataOf(await graphql(publicUrl, '{ topicFields { key } }', {}, viaProxy), 'topicFields after a replica stopped');
    step(
      `SIGTERM: replica 2 drained and exited 0 after ${stopSeconds.toFixed(1)} s; ${served + 4} requests through the proxy meanwhile and after, none failed`,
    );

    // The image's own HEALTHCHECK (every 10 s) reports the running replica healthy.
    await waitFor(
      'docker reports replica 1 healthy',
      40,
      async () => (await must('docker', ['inspect', '-f', '{{.State.Health.Status}}', replicas[0]!.name])).trim() === 'healthy',
    );

    // Backup and restore, then the portal on the restored database. The last replica stops first so
    // that nothing (mail worker, dashboard refresh) changes the source between dump and comparison.
    await must('docker', ['stop', '-t', '30', replicas[0]!.name]);
    const restored = await backupAndRestore(db, adminUrl!, scratch);
    databases.push(restored.database);
    step(
      `backup: ${restored.tables} tables, ${restored.rows} rows restored identically, ${restored.views} materialized views populated (${Math.round(restored.bytes / 1024)} KiB dump)`,
    );
    const onRestore = await startReplica(`${tag}-restored`, restored.database.url, env);
    await ready(onRestore);
    const logs = await logsOf(onRestore.name);
    if (!logs.includes('Database schema is up to date.')) throw new Error(`the restored database needed migrations:\n${logs}`);
    const back = await graphql<{ signIn: { email: string } }>(onRestore.url, 'mutation($i: SignInInput!) { signIn(input: $i) { email } }', {
      i: { email: 'it-admin@portal.example.org', password },
    });
    dataOf(back, 'sign-in on the restored database');
    step('the portal serves the restored database; the administrator signs in there');
  } finally {
    for (const name of started) await run('docker', ['rm', '-f', name]);
    proxy?.child.kill();
    await smtp?.close();
    for (const db of databases.reverse()) await db.drop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
