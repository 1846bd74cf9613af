// The load benchmark's API replicas: the built server (apps/api/dist/main.js) as child processes
// on loopback, so that one can be killed with SIGKILL like a crashed container.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { API_DIST, freePort } from '../apps/api/test/support/child-process';

export interface Replica {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** The last lines it wrote (for a failure message). */
  output(): string;
}

const MAIN = path.join(API_DIST, 'main.js');

/** Starts one replica in production mode on `databaseUrl` and waits until it is ready. */
export async function startReplica(name: string, databaseUrl: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: 'https://portal.test',
      MAIL_TRANSPORT: 'log',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      // All requests come from 127.0.0.1: the per-address limit would refuse the benchmark itself.
      RATE_LIMIT_PER_MINUTE: '1000000',
      SHUTDOWN_DRAIN_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const replica: Replica = { name, url: `http://127.0.0.1:${port}`, child, output: () => output };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${replica.url}/health/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return replica;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} not ready within 120 s:\n${output}`);
}

/** Ends a replica: SIGTERM (a graceful stop) and waits for its exit; SIGKILL after 30 s. */
export async function stopReplica(replica: Replica): Promise<void> {
  if (replica.child.exitCode !== null || replica.child.signalCode !== null) return;
  const exited = new Promise((resolve) => replica.child.once('exit', resolve));
  replica.child.kill('SIGTERM');
  const timer = setTimeout(() => replica.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
