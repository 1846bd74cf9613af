import type { ErrorCode } from '@wiw/domain';
import { QueryClient } from '@tanstack/react-query';
import { render, within, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/App';

/** The whole app's routes inside its layout: page tests render a feature where the app puts it. */
export { AppRoutes } from '../app/AppRoutes';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
}

/** Shows the router location so tests can assert URL changes. */
export function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location" hidden>
      {location.pathname}
      {location.search}
      {location.hash}
    </div>
  );
}

export function currentLocation(container: HTMLElement): string {
  return container.querySelector('[data-testid="location"]')?.textContent ?? '';
}

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', queryClient = createTestQueryClient() }: { route?: string; queryClient?: QueryClient } = {},
): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        {ui}
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, queryClient };
}

export interface RecordedRequest {
  query: string;
  variables: Record<string, unknown>;
  language: string | null;
}

type Reply =
  | { data: unknown }
  | { errors: Array<{ message: string; extensions?: Record<string, unknown> }> }
  | { status: number; body: string }
  | { networkError: true };

/**
 * Replaces global fetch with a fake GraphQL server: `handler` gets each request and returns the
 * reply (or a promise of it, to keep a request pending). Returns the recorded requests.
 */
export function fakeGraphQL(handler: (request: RecordedRequest) => Reply | Promise<Reply>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const headers = new Headers(init?.headers);
    const recorded = { query: body.query, variables: body.variables, language: headers.get('Accept-Language') };
    requests.push(recorded);
    const reply = await handler(recorded);
    if ('networkError' in reply) throw new TypeError('Failed to fetch');
    if ('status' in reply) return new Response(reply.body, { status: reply.status });
    return new Response(JSON.stringify(reply), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

/** Operation name of a recorded request ("query Organisations(…)" → "Organisations"). */
export function operationName(request: RecordedRequest): string | undefined {
  return /\b(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1];
}

/** Requests the page shell makes on every page: the session, (signed in) the header's count of open contact requests, and the footer's demo-data flag. */
const SHELL_OPERATIONS = new Set(['Me', 'OpenContactRequestCount', 'DemoData']);
export const isShellRequest = (request: RecordedRequest) => SHELL_OPERATIONS.has(operationName(request) ?? '');

/** The requests of one operation, in order. */
export const requestsOf = (requests: readonly RecordedRequest[], name: string) => requests.filter((request) => operationName(request) === name);

/** A GraphQL error reply as the API sends it (message in the caller's language). */
export const apiError = (code: ErrorCode, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** The texts of the links in `element`, in order (e.g. the entries of an error summary). */
export const linkTexts = (element: HTMLElement) =>
  within(element)
    .getAllByRole('link')
    .map((link) => link.textContent);
