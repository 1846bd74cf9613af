import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { MeDocument } from './session/documents';
import { ClientErrorCode, GraphQLRequestError, request } from './graphql-client';
import { ErrorCodes } from './error-codes';

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function rejection(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('request', () => {
  it('POSTs the query and variables as JSON to /graphql and resolves with data', async () => {
    const fetchMock = stubFetch(json({ data: { me: null } }));
    const data = await request(MeDocument, {});
    expect(data).toEqual({ me: null });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain('query Me');
    expect(body.variables).toEqual({});
  });

  it('sends the current i18n language as Accept-Language, or the explicit one', async () => {
    const fetchMock = stubFetch(json({ data: { me: null } }));
    await i18n.changeLanguage('en');
    await request(MeDocument, {});
    const headerOf = (call: number) =>
      new Headers((fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers).get('Accept-Language');
    expect(headerOf(0)).toBe('en');
    fetchMock.mockResolvedValueOnce(json({ data: { me: null } }));
    await request(MeDocument, {}, { language: 'de' });
    expect(headerOf(1)).toBe('de');
  });

  it('throws a GraphQLRequestError with extensions.code and the server message', async () => {
    stubFetch(
      json({
        data: null,
        errors: [{ message: 'Organisation nicht gefunden', extensions: { code: ErrorCodes.ORGANISATION_NOT_FOUND } }],
      }),
    );
    const error = await rejection(request(MeDocument, {}));
    expect(error.code).toBe(ErrorCodes.ORGANISATION_NOT_FOUND);
    expect(error.message).toBe('Organisation nicht gefunden');
    expect(error.isTransient).toBe(false);
  });

  it('keeps the GraphQL error code when the status is not 2xx', async () => {
    stubFetch(json({ errors: [{ message: 'Ungültige Eingabe', extensions: { code: ErrorCodes.BAD_USER_INPUT } }] }, 400));
    const error = await rejection(request(MeDocument, {}));
    expect(error.code).toBe(ErrorCodes.BAD_USER_INPUT);
    expect(error.status).toBe(400);
  });

  it('maps network failures to NETWORK_ERROR (transient)', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const error = await rejection(request(MeDocument, {}));
    expect(error.code).toBe(ClientErrorCode.NETWORK_ERROR);
    expect(error.isTransient).toBe(true);
  });

  it('maps a non-JSON error page to HTTP_ERROR with the status', async () => {
    stubFetch(new Response('<html>Bad Gateway</html>', { status: 502 }));
    const error = await rejection(request(MeDocument, {}));
    expect(error.code).toBe(ClientErrorCode.HTTP_ERROR);
    expect(error.status).toBe(502);
    expect(error.isTransient).toBe(true);
  });

  it('maps a non-JSON 200 response to INVALID_RESPONSE', async () => {
    stubFetch(new Response('<!doctype html><html></html>', { status: 200 }));
    const error = await rejection(request(MeDocument, {}));
    expect(error.code).toBe(ClientErrorCode.INVALID_RESPONSE);
  });

  it('rejects a JSON response without data and without errors', async () => {
    stubFetch(json({}));
    const error = await rejection(request(MeDocument, {}));
    expect(error.code).toBe(ClientErrorCode.INVALID_RESPONSE);
  });
});
