import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mockApi';
import { api, readXsrfToken } from './http';
import { ApiError } from './problem';

describe('api', () => {
  it('turns a validation ProblemDetails into an ApiError with per-field messages', async () => {
    mockApi({
      'POST /api/accounts/sign-up': {
        status: 400,
        body: {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { Slug: ['That address is taken.'], '$.adminEmail': ['Enter a valid email.'], Plan: ['Unknown plan.'] },
        },
      },
    });

    const error = await api.post('/api/accounts/sign-up', { slug: 'acme' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.isValidation).toBe(true);
    expect(apiError.fieldError('slug')).toBe('That address is taken.');
    expect(apiError.fieldError('adminEmail')).toBe('Enter a valid email.');
    expect(apiError.otherFieldErrors(['slug', 'adminEmail'])).toEqual(['Unknown plan.']);
    expect(apiError.message).toBe('One or more validation errors occurred.');
  });

  it('uses the problem detail as the message', async () => {
    mockApi({ 'GET /api/boards/7': { status: 403, body: { title: 'Forbidden', detail: 'You need a license to view boards.' } } });

    await expect(api.get('/api/boards/7')).rejects.toMatchObject({
      status: 403,
      message: 'You need a license to view boards.',
      detail: 'You need a license to view boards.',
    });
  });

  it('gives a readable message when the error body is not ProblemDetails', async () => {
    mockApi({ 'GET /api/session': { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' } });

    await expect(api.get('/api/session')).rejects.toMatchObject({ status: 502, problem: null, message: expect.stringMatching(/went wrong/) });
  });

  it('reports an unreachable server as status 0', async () => {
    const { fetch } = mockApi({});
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await expect(api.get('/api/tenant')).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/could not be reached/) });
  });

  it('sends JSON with credentials and the antiforgery header on unsafe methods only', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2F123';
    const server = mockApi({ 'GET /api/boards': { body: [] }, 'POST /api/accounts/sign-out': { status: 204 } });

    const boards = await api.get('/api/boards', { query: { page: 2, filter: undefined } });
    const signedOut = await api.post('/api/accounts/sign-out', { all: true });

    expect(boards).toEqual([]);
    expect(signedOut).toBeUndefined();
    const [get, post] = server.calls;
    expect(get!.url).toBe('/api/boards?page=2');
    expect(get!.init?.credentials).toBe('include');
    expect(get!.headers['X-XSRF-TOKEN']).toBeUndefined();
    expect(post!.headers['X-XSRF-TOKEN']).toBe('abc/123');
    expect(post!.headers['Content-Type']).toBe('application/json');
    expect(post!.body).toEqual({ all: true });
  });

  it('reads the XSRF cookie among others', () => {
    expect(readXsrfToken('a=1; XSRF-TOKEN=tok=en; b=2')).toBe('tok=en');
    expect(readXsrfToken('a=1')).toBeNull();
  });
});
