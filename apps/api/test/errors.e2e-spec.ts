import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function post(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|node_modules|\.ts:\d+|Prisma|INTERNAL_SERVER_ERROR/);
}

describe('bad input never yields a 500 or a stack trace', () => {
  it('a malformed query: GRAPHQL_PARSE_FAILED', async () => {
    const r = await post(JSON.stringify({ query: '{ topicFields { key ' }));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.json.errors?.[0]?.message).toBe('Die GraphQL-Anfrage ist syntaktisch fehlerhaft.');
    expectNoInternals(r.text);
  });

  it('a query that does not fit the schema: GRAPHQL_VALIDATION_FAILED, in English on request', async () => {
    const r = await post(JSON.stringify({ query: '{ topicFields { secret } }' }), { 'content-type': 'application/json', 'accept-language': 'en' });
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors?.[0]?.message).toBe('The GraphQL request does not match the schema.');
  });

  it('a variable of the wrong type: BAD_USER_INPUT', async () => {
    const r = await post(JSON.stringify({ query: 'query($n: Int!) { organisations(first: $n) { totalCount } }', variables: { n: 'many' } }));
    expect(r.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoInternals(r.text);
  });

  it('a 10 MB request body: 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: `{ topicFields { key } }`, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    const r = await post(body);
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.json.errors?.[0]?.message).toBe('Die Anfrage ist zu groß.');
  });

  it('a body that is not JSON: 400 BAD_REQUEST', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expectNoInternals(r.text);
  });

  it('an unsupported content type: 415', async () => {
    const r = await post('<query/>', { 'content-type': 'application/xml' });
    expect(r.status).toBe(415);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a request without query', async () => {
    const r = await post(JSON.stringify({ variables: {} }));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('a simple cross-site GET is refused by CSRF prevention', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ topicFields { key } }')}`);
    const json = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(json.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('an unknown API route: JSON 404 with a code', async () => {
    const response = await fetch(`${t.url}/graphql/nothing`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });
});

describe('failures we cannot blame on the client', () => {
  it('a database outage answers INTERNAL_SERVER_ERROR without internals, then /health/ready says 503', async () => {
    const own = await startTestApp();
    await own.db.drop(); // the database disappears under the running app
    const r = await own.gql('{ topicFields { key } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(r.body.errors?.[0]?.message).toBe('Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.');
    expect(r.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+|ECONN|pool/i);
    const ready = await fetch(`${own.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    await own.app.close();
  });
});
