import { DEMO_PASSWORD } from '../src/accounts/demo-accounts';
import { useDemoApp } from './support/demo-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const { app } = useDemoApp();

async function signIn(headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app().url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
      variables: { e: 'beratung@demo.example.org', p: DEMO_PASSWORD },
    }),
  });
}

const auditedWith = (requestId: string) => app().db.database.prisma.auditEvent.findMany({ where: { requestId }, select: { action: true } });

describe('request ids', () => {
  it('honours an incoming X-Request-Id: echoed in the response and stored with the audit event', async () => {
    const response = await signIn({ 'x-request-id': 'proxy-4711.Abc:1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('proxy-4711.Abc:1');
    expect(await auditedWith('proxy-4711.Abc:1')).toEqual([{ action: 'session.opened' }]);
  });

  it('generates a UUID when none or an unusable one comes in, different for every request', async () => {
    const ids: string[] = [];
    const variants: Array<Record<string, string>> = [{}, {}, { 'x-request-id': 'two words' }, { 'x-request-id': 'x'.repeat(129) }];
    for (const headers of variants) {
      const response = await signIn(headers);
      const id = response.headers.get('x-request-id') ?? '';
      expect(id).toMatch(UUID);
      expect(await auditedWith(id)).toHaveLength(1);
      ids.push(id);
    }
    expect(new Set(ids).size).toBe(4);
  });

  it('echoes the id on refusals and on plain HTTP routes too', async () => {
    const refused = await fetch(`${app().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-request-id': 'r-1' },
      body: 'x',
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.headers.get('x-request-id')).toBe('r-1');
    expect((await fetch(`${app().url}/health/live`)).headers.get('x-request-id')).toMatch(UUID);
  });
});
