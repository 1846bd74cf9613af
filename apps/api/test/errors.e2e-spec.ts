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

/** The code of the first error of a JSON error answer. */
async function firstCode(response: Response): Promise<string> {
  return ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;
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
    expect(response.status).toBe(400);
    expect(await firstCode(response)).toBe('BAD_REQUEST');
  });

  it.each([
    [
      'a 10 MB body',
      () => post(JSON.stringify({ pad: 'x'.repeat(10 * 1024 * 1024) }), { 'content-type': 'application/json', 'accept-language': 'en' }),
      413,
      'The request body is too large.',
    ],
    [
      'an unsupported content type',
      () => post('<q/>', { 'content-type': 'application/xml', 'accept-language': 'en' }),
      415,
      'Unsupported content type; please send application/json.',
    ],
    [
      'a body that is not JSON',
      () => post('{"query": ', { 'content-type': 'application/json', 'accept-language': 'en' }),
      400,
      'The request is invalid (e.g. not valid JSON).',
    ],
    ['a request without query', () => post('{}', { 'content-type': 'application/json', 'accept-language': 'en' }), 400, 'The request is invalid.'],
  ])('answers %s in English on request', async (_label, send, status, message) => {
    const r = await send();
    expect(r.status).toBe(status);
    expect(r.json.errors?.[0]?.message).toBe(message);
  });

  it('answers a refused cross-site GET in English on request', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ topicFields { key } }')}`, { headers: { 'accept-language': 'en' } });
    const json = (await response.json()) as { errors: Array<{ message: string }> };
    expect(json.errors[0]!.message).toBe('The request is invalid.');
  });

  it('an unknown health route gets the same coded JSON 404', async () => {
    const response = await fetch(`${t.url}/health/nope`);
    expect(response.status).toBe(404);
    expect(await firstCode(response)).toBe('NOT_FOUND');
  });

  it('an unknown API route: JSON 404 with a code', async () => {
    const response = await fetch(`${t.url}/graphql/nothing`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await firstCode(response)).toBe('NOT_FOUND');
  });
});

describe('errors Fastify raises before routing have the same coded shape and language', () => {
  const segment = 'x'.repeat(150);
  const answer = async (path: string, language?: string) => {
    const response = await fetch(`${t.url}${path}`, { headers: language ? { 'accept-language': language } : {} });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), text, body: JSON.parse(text) as unknown };
  };

  it('a path segment over 100 characters: 414 URI_TOO_LONG, without echoing the address', async () => {
    for (const path of [`/calendar/${segment}.ics`, `/workbench/bookings/${segment}/calendar.ics`]) {
      const r = await answer(path, 'en');
      expect([r.status, r.type]).toEqual([414, 'application/json; charset=utf-8']);
      expect(r.body).toEqual({ errors: [{ message: 'The address is too long.', extensions: { code: 'URI_TOO_LONG' } }] });
      expect(r.text).not.toContain('xxxxxxxxxx');
    }
    expect((await answer(`/calendar/${segment}.ics`)).body).toEqual({
      errors: [{ message: 'Die Adresse ist zu lang.', extensions: { code: 'URI_TOO_LONG' } }],
    });
  });

  it('a malformed percent-encoding: 400 BAD_REQUEST in the caller’s language, without echoing the address', async () => {
    const german = await answer('/calendar/%zz-geheim');
    expect([german.status, german.body]).toEqual([400, { errors: [{ message: 'Die Adresse ist ungültig.', extensions: { code: 'BAD_REQUEST' } }] }]);
    expect(german.text).not.toContain('geheim');
    expect((await answer('/health/%E0%A4%A', 'en')).body).toEqual({
      errors: [{ message: 'The address is invalid.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('query limits bound the work of one request', () => {
  it('refuses a query nested deeper than ten levels: QUERY_TOO_DEEP', async () => {
    const deep =
      '{ organisations(first: 1) { edges { node { participations { project { topicField { projects { lead { municipality { region { municipalities { region { key } } } } } } } } } } } } }';
    const r = await post(JSON.stringify({ query: deep }), { 'content-type': 'application/json', 'accept-language': 'en' });
    expect(r.json.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', max: 10 });
    expect(r.json.errors?.[0]?.message).toBe('The query is nested too deeply (at most 10 levels).');
  });

  it('refuses hundreds of aliased directory pages: QUERY_TOO_COMPLEX, before anything runs', async () => {
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `a${i}: organisations(first: 100) { edges { node { name participations { project { title } } } } }`,
    );
    const started = Date.now();
    const r = await post(JSON.stringify({ query: `{ ${aliases.join(' ')} }` }));
    expect(r.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.json.errors?.[0]?.message).toMatch(/^Die Anfrage ist zu aufwendig/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('counts a page-size variable as the largest page', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: organisations(first: $n) { edges { node { name region { key } municipality { name } } } }`,
    );
    const r = await post(JSON.stringify({ query: `query($n: Int!) { ${aliases.join(' ')} }`, variables: { n: 1 } }));
    expect(r.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the portal’s own largest queries through', async () => {
    const r = await post(
      JSON.stringify({
        query:
          '{ topicFields { key title progress projects { title progress lead { name } partners { name } milestones { title dueOn done } } } organisations(first: 100) { totalCount edges { node { name municipality { name } region { key } participations { role project { title } } } } } }',
      }),
    );
    expect(r.json.errors).toBeUndefined();
  });
});

describe('failures we cannot blame on the client', () => {
  it('a dropped database answers SERVICE_UNAVAILABLE without internals, then /health/ready says 503', async () => {
    const own = await startTestApp();
    await own.db.drop(); // the database disappears under the running app
    const r = await own.gql('{ topicFields { key } }');
    expect(r.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(r.body.errors?.[0]?.message).toBe('Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in Kürze erneut.');
    expect(r.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+|ECONN|pool|INTERNAL_SERVER_ERROR/i);
    const ready = await fetch(`${own.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    await own.app.close();
  });
});

describe('requests per address', () => {
  it('are limited per minute with TOO_MANY_REQUESTS in the caller’s language; health checks are exempt', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '10' } });
    try {
      const replies = [];
      for (let i = 0; i < 12; i += 1) {
        replies.push(
          await fetch(`${limited.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'accept-language': 'en' },
            body: JSON.stringify({ query: '{ regions { key } }' }),
          }),
        );
      }
      expect(replies.slice(0, 10).every((r) => r.status === 200)).toBe(true);
      const refused = replies[10]!;
      expect(refused.status).toBe(429);
      const body = (await refused.json()) as { errors: Array<{ message: string; extensions: { code: string; retryAfterSeconds: number } }> };
      expect(body.errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(body.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(body.errors[0]!.message).toBe('Too many requests from your address. Please wait a moment.');
      expect(refused.headers.get('retry-after')).not.toBeNull();
      expect((await fetch(`${limited.url}/health/ready`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
