// A small HTTP(S) client for the image test: GraphQL over the replicas or through the TLS proxy,
// trusting the proxy's own certificate authority.
import http from 'node:http';
import https from 'node:https';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {},
): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { method: options.method ?? 'GET', headers: options.headers, ca: options.ca, timeout: 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer within 15 s`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  /** The session cookie the answer set, as name=value, and its whole Set-Cookie header. */
  cookie?: string;
  setCookie?: string;
}

/** POST /graphql; returns data, errors and the session cookie the answer set (name=value). */
export async function graphql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; ca?: string } = {},
): Promise<GraphqlAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'de' };
  if (options.cookie) headers.cookie = options.cookie;
  const answer = await request(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), ca: options.ca });
  if (answer.status >= 500) throw new Error(`${base}/graphql answered ${answer.status}: ${answer.body.slice(0, 500)}`);
  const parsed = JSON.parse(answer.body) as GraphqlAnswer<T>;
  const setCookie = answer.headers['set-cookie']?.[0];
  return { ...parsed, cookie: setCookie?.split(';')[0], setCookie };
}

/** The data of an answer that must not have errors. */
export function dataOf<T>(answer: GraphqlAnswer<T>, what: string): T {
  if (answer.errors?.length || !answer.data) throw new Error(`${what}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}
