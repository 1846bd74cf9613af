import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { API_DIST, childDatabase, freePort, runNode, type Child, type ChildDatabase } from './support/child-process';

/*
 * The built server (dist/main.js, as `npm start` and the image run it) on SIGTERM: a request in
 * flight is answered in full, from the database, new connections are refused, and the process
 * exits 0 within SHUTDOWN_TIMEOUT_SECONDS; a request that never ends cannot hold it past that.
 */

const QUERY = JSON.stringify({ query: '{ topicFields { key } }' });

/** A GraphQL POST whose body is only half sent: in flight until `finish()`; `response` is the raw HTTP answer. */
function startSlowRequest(port: number): { finish(): void; response: Promise<string> } {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const response = new Promise<string>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(QUERY)}\r\n\r\n${QUERY.slice(0, 10)}`,
  );
  return { finish: () => socket.write(QUERY.slice(10)), response };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown of the built server', () => {
  let db: ChildDatabase;
  let server: Child | null = null;
  let port: number;

  beforeAll(async () => {
    db = await childDatabase();
  });
  afterAll(async () => {
    server?.process.kill('SIGKILL');
    await db.drop();
  });

  async function start(timeoutSeconds: number, drainSeconds = 0): Promise<Child> {
    port = await freePort();
    server = runNode(path.join(API_DIST, 'main.js'), [], {
      ...db.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'false',
      SHUTDOWN_TIMEOUT_SECONDS: String(timeoutSeconds),
      SHUTDOWN_DRAIN_SECONDS: String(drainSeconds),
      WEB_DIST_DIR: path.join(__dirname, 'support', 'no-web-client'),
      NO_COLOR: '1',
    });
    await server.waitFor('Ready: ', 90_000);
    return server;
  }

  it('answers the request in flight from the database, refuses new connections and exits 0 in time', async () => {
    const child = await start(10);
    const request = startSlowRequest(port);
    await sleep(200);
    const signalled = Date.now();
    child.process.kill('SIGTERM');
    await child.waitFor('SIGTERM: shutting down');
    await sleep(300);
    await expect(fetch(`http://127.0.0.1:${port}/health/ready`)).rejects.toThrow();
    request.finish();

    const response = await request.response;
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4))).toEqual({
      data: { topicFields: ['NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE'].map((key) => ({ key })) },
    });
    const finished = await child.finished;
    server = null;
    expect(finished).toMatchObject({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(finished.stdout).toContain('Stopped.');
  }, 150_000);

  it('exits with code 1 when a request keeps it past SHUTDOWN_TIMEOUT_SECONDS', async () => {
    const child = await start(2);
    const request = startSlowRequest(port);
    await sleep(200);
    const signalled = Date.now();
    child.process.kill('SIGTERM');
    const finished = await child.finished;
    server = null;
    const took = Date.now() - signalled;
    expect(finished.code).toBe(1);
    expect(finished.stderr).toContain('Shutdown took longer than 2 s (SHUTDOWN_TIMEOUT_SECONDS): exiting anyway.');
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(6_000);
    await request.response;
  }, 150_000);

  it('with a drain, says "not ready" to the load balancer but keeps serving until the drain ends', async () => {
    const child = await start(10, 2);
    const signalled = Date.now();
    child.process.kill('SIGTERM');
    await child.waitFor('SIGTERM: shutting down after a 2 s drain');

    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'stopping' });
    const query = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    expect(query.status).toBe(200);
    expect(query.headers.get('connection')).toBe('close');
    expect(((await query.json()) as { data: { topicFields: unknown[] } }).data.topicFields).toHaveLength(5);

    const finished = await child.finished;
    server = null;
    expect(finished).toMatchObject({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(1_900);
    await expect(fetch(`http://127.0.0.1:${port}/health/ready`)).rejects.toThrow();
  }, 150_000);
});
