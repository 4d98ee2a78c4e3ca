import { vi } from 'vitest';

export interface MockResponse {
  status?: number;
  body?: unknown;
  contentType?: string;
}

type Route = MockResponse | ((init: RequestInit | undefined, url: string) => MockResponse | Promise<MockResponse>);

export interface RecordedCall {
  method: string;
  url: string;
  init: RequestInit | undefined;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Replaces `fetch` with a router keyed by "METHOD /path" (query string ignored). Unknown routes
 * answer 404 with a ProblemDetails body, like the Host does for unmapped /api paths.
 */
export function mockApi(routes: Record<string, Route>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const rawBody = init?.body;
    calls.push({
      method,
      url,
      init,
      body: typeof rawBody === 'string' ? (JSON.parse(rawBody) as unknown) : rawBody,
      headers: { ...(init?.headers as Record<string, string> | undefined) },
    });
    const route = routes[`${method} ${path}`];
    const spec: MockResponse = route
      ? typeof route === 'function'
        ? await route(init, url)
        : route
      : { status: 404, body: { title: 'Not Found', status: 404 }, contentType: 'application/problem+json' };
    const status = spec.status ?? 200;
    const hasBody = spec.body !== undefined && status !== 204;
    const contentType =
      spec.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8');
    return new Response(hasBody ? (typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body)) : null, {
      status,
      headers: hasBody ? { 'Content-Type': contentType } : {},
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetch: fetchMock,
    calls,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.url.split('?')[0] === path),
  };
}

export const adminUser = {
  id: 'u-1',
  displayName: 'Ada Admin',
  userName: 'ada@acme.test',
  kind: 'admin' as const,
  licensed: true,
};

export const memberUser = {
  id: 'u-2',
  displayName: 'Max Member',
  userName: 'max@acme.test',
  kind: 'member' as const,
  licensed: true,
};

export const acmeTenant = { slug: 'acme', name: 'Acme IT' };
