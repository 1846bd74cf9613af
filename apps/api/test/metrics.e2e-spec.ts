import { sampleIn } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';

const TOKEN = 'scrape-token-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { METRICS_TOKEN: TOKEN, LOG_LEVEL: 'info' } });
});
afterAll(async () => {
  await t.close();
});

async function scrape(authorization?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${t.url}/metrics`, { headers: authorization ? { authorization } : {} });
  return { status: response.status, text: await response.text() };
}

/** The value of one sample line, e.g. `wiw_graphql_errors_total{code="X"}`; 0 when absent. */
const sample = (text: string, line: string): number => sampleIn(text, line) ?? 0;

describe('metrics', () => {
  it('are only served with the token', async () => {
    expect((await scrape()).status).toBe(404);
    expect((await scrape(`Bearer ${TOKEN.slice(0, -1)}x`)).status).toBe(404);
    const { status, text } = await scrape(`Bearer ${TOKEN}`);
    expect(status).toBe(200);
    expect(text).toContain('# TYPE wiw_http_request_duration_seconds histogram');
  });

  it('count GraphQL errors by code and time operations by bounded name', async () => {
    const before = (await scrape(`Bearer ${TOKEN}`)).text;
    for (const name of ['MissingField', 'MissingField', '', 'weird-name!']) {
      await t.gql(`query ${name} { topicField(key: "no-such-field") { key } }`.replace('query  ', 'query '));
    }
    const after = (await scrape(`Bearer ${TOKEN}`)).text;
    const delta = (line: string) => sample(after, line) - sample(before, line);
    expect(delta('wiw_graphql_errors_total{code="TOPIC_FIELD_NOT_FOUND"}')).toBe(3);
    expect(delta('wiw_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    expect(delta('wiw_graphql_operation_duration_seconds_count{operation="MissingField",outcome="error"}')).toBe(2);
    expect(delta('wiw_graphql_operation_duration_seconds_count{operation="anonymous",outcome="error"}')).toBe(2);
    expect(after).not.toContain('weird-name');
    expect(sample(after, 'wiw_http_request_duration_seconds_count{method="POST",route="/graphql",status="2xx"}')).toBeGreaterThanOrEqual(3);
  });

  it('show the outbox backlog and failed mails from the database', async () => {
    const prisma = t.db.database.prisma;
    await prisma.outboxMessage.create({
      data: { template: 'verify-email', recipient: 'a@example.org', locale: 'de', payload: {}, status: 'FAILED', attempts: 8 },
    });
    const { text } = await scrape(`Bearer ${TOKEN}`);
    const failed = await prisma.outboxMessage.count({ where: { status: 'FAILED' } });
    const pending = await prisma.outboxMessage.count({ where: { status: 'PENDING' } });
    expect(sample(text, 'wiw_outbox_messages{status="failed"}')).toBe(failed);
    expect(sample(text, 'wiw_outbox_messages{status="pending"}')).toBe(pending);
    expect(text).toContain('wiw_dashboard_refresh_age_seconds');
  });
});

describe('the access log (LOG_LEVEL=info)', () => {
  it('writes one JSON line per request with its id, method, route pattern, status and duration', async () => {
    const logged = t; // started with LOG_LEVEL=info
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await fetch(`${logged.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-77' },
        body: JSON.stringify({ query: '{ topicFields { key } }' }),
      });
      const generated = (await fetch(`${logged.url}/health/live?secret=x`)).headers.get('x-request-id');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = out.mock.calls.map(([chunk]) => JSON.parse(String(chunk)) as Record<string, unknown>).filter((line) => line.msg === 'request');
      expect(lines).toEqual([
        expect.objectContaining({
          level: 30,
          context: 'HTTP',
          reqId: 'trace-77',
          method: 'POST',
          url: '/graphql',
          status: 200,
          ms: expect.any(Number),
        }),
        expect.objectContaining({ reqId: generated, method: 'GET', url: '/health/live', status: 200 }),
      ]);
    } finally {
      out.mockRestore();
    }
  });
});
