import { request as httpRequest, type ClientRequest } from 'node:http';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { MAX_IN_FLIGHT_REQUESTS: '2' } });
});
afterAll(async () => {
  await t.close();
});

const BODY = JSON.stringify({ query: '{ regions { key name } }' });
type Reply = { status: number; retryAfter: string | null; body: { data?: unknown; errors?: Array<{ message: string; extensions?: unknown }> } };

/** A request whose body is still arriving: in flight on the server from its headers on. */
function slowUpload(): { request: ClientRequest; reply: Promise<Reply> } {
  const url = new URL('/graphql', t.url);
  const request = httpRequest({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) },
  });
  const reply = new Promise<Reply>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: null, body: JSON.parse(text) as Reply['body'] }));
    });
    request.on('error', reject);
  });
  request.write(BODY.slice(0, 5));
  request.flushHeaders();
  return { request, reply };
}

async function post(language = 'de'): Promise<Reply> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: BODY,
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Reply['body'] };
}

/** Until the server has seen the held requests' headers. */
async function untilShed(): Promise<Reply> {
  for (let i = 0; i < 100; i += 1) {
    const reply = await post();
    if (reply.status === 503) return reply;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('never shed');
}

describe('load shedding', () => {
  it('answers beyond the in-flight limit at once with 503 TRY_AGAIN and Retry-After; health checks pass; places come back', async () => {
    const held = [slowUpload(), slowUpload()];
    const shed = await untilShed();
    expect(shed.retryAfter).toBe('2');
    expect(shed.body.errors).toEqual([
      { message: expect.stringMatching(/^Das Portal ist gerade stark ausgelastet/), extensions: { code: 'TRY_AGAIN', retryAfterSeconds: 2 } },
    ]);
    expect((await post('en')).body.errors?.[0]?.message).toMatch(/^The portal is very busy/);
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);

    // A finished request gives its place back; so does a client that went away.
    held[0]!.request.end(BODY.slice(5));
    expect(await held[0]!.reply).toEqual(expect.objectContaining({ status: 200, body: { data: { regions: expect.any(Array) } } }));
    held[1]!.request.destroy();
    await held[1]!.reply.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [a, b] = await Promise.all([post(), post()]);
    expect([a.status, b.status]).toEqual([200, 200]);
  });

  it('leaves /metrics unserved without METRICS_PORT or METRICS_TOKEN (no metrics endpoint at all)', async () => {
    const response = await fetch(`${t.url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('wiw_');
  });
});
