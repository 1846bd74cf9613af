import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';
import type { TestApp } from './test-app';

export const PASSWORD = 'Sauerländer Drahtzieher 2026';
export const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id email name emailVerified } }`;
export const ME = `{ me { id email } }`;

export interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  cookies: string[];
}

let counter = 0;

/**
 * GraphQL over HTTP with cookies and language, and ready-made people: the helpers of the account
 * suites. Each person gets a unique address, so tests never share accounts.
 */
export function accountsClient(app: () => TestApp, municipalityId: () => string) {
  async function call(query: string, variables: Record<string, unknown> = {}, cookie?: string, language = 'de'): Promise<Reply> {
    const response = await fetch(`${app().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Reply['body'], cookies: response.headers.getSetCookie() };
  }

  function person(overrides: Record<string, unknown> = {}) {
    counter += 1;
    return {
      email: `Person.${counter}.${Date.now()}@Example.org `,
      password: PASSWORD,
      name: 'Jana Beispiel',
      locale: 'de',
      organisation: {
        name: `Beispiel Werkzeugbau ${counter} GmbH`,
        kind: 'COMPANY',
        municipalityId: municipalityId(),
        website: 'https://example.org',
      },
      ...overrides,
    };
  }

  /** The token of the newest mail of this template to this address. */
  async function mailedToken(email: string, template = 'verify-email'): Promise<string> {
    const mail = await app().db.database.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: email, template },
      orderBy: { createdAt: 'desc' },
    });
    return new URL((mail.payload as { link: string }).link).searchParams.get('token')!;
  }

  /** Signs a new, confirmed person in; returns their address and the Cookie header to send. */
  async function signedIn(): Promise<{ email: string; cookie: string }> {
    const input = person();
    const email = input.email.trim().toLowerCase();
    await call(SIGN_UP, { input });
    await call(`mutation($token: String!) { verifyEmail(token: $token) }`, { token: await mailedToken(email) });
    const reply = await call(SIGN_IN, { input: { email, password: PASSWORD } });
    return { email, cookie: reply.cookies[0]!.split(';')[0]! };
  }

  /** Signs a demo account in (the suite seeds them); returns the Cookie header to send. */
  async function signedInAs(email: string): Promise<string> {
    const reply = await call(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    return reply.cookies[0]!.split(';')[0]!;
  }

  const coordinator = (): Promise<string> => signedInAs('geschaeftsstelle@demo.example.org');

  return { call, person, mailedToken, signedIn, signedInAs, coordinator };
}
