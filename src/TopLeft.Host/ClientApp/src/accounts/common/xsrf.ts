import { api, ApiError } from '../../shared/api';

/** The Host's answer when an unsafe call lacks a valid X-XSRF-TOKEN header. */
export function isAntiforgeryProblem(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && /anti-?forgery/i.test(`${error.title ?? ''} ${error.detail ?? ''}`);
}

/**
 * Runs an unsafe call; when the server refuses it for a missing or stale antiforgery token (a page opened
 * without `GET /api/session`, or a token issued before the user changed), fetches `/api/session` — which
 * re-issues the XSRF-TOKEN cookie — and tries once more.
 */
export async function withXsrfRetry<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isAntiforgeryProblem(error)) throw error;
    await api.get('/api/session').catch(() => undefined);
    return call();
  }
}
