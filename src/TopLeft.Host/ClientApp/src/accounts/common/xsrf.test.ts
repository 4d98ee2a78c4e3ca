import { describe, expect, it } from 'vitest';
import { acmeTenant, mockApi } from '../../test/mockApi';
import { signIn } from '../sign-in/signIn';

describe('antiforgery retry', () => {
  it('re-reads the session for a fresh XSRF token and retries once', async () => {
    let attempts = 0;
    const server = mockApi({
      'POST /api/accounts/sign-in': () => {
        attempts++;
        if (attempts === 1) {
          return { status: 400, body: { title: 'Missing or invalid anti-forgery token.', status: 400, detail: 'Reload the page and try again.' } };
        }
        return { body: { requiresTwoFactor: false, requiresTwoFactorSetup: false } };
      },
      'GET /api/session': () => {
        document.cookie = 'XSRF-TOKEN=fresh-token; path=/';
        return { body: { user: null, tenant: acmeTenant } };
      },
    });

    const result = await signIn({ username: 'ada', password: 'pw', rememberMe: false });

    expect(result).toEqual({ requiresTwoFactor: false, requiresTwoFactorSetup: false });
    expect(server.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST /api/accounts/sign-in', 'GET /api/session', 'POST /api/accounts/sign-in']);
    expect(server.calls[2]!.headers['X-XSRF-TOKEN']).toBe('fresh-token');
  });

  it('does not retry other errors', async () => {
    const server = mockApi({
      'POST /api/accounts/sign-in': { status: 400, body: { title: 'Bad Request', status: 400, errors: { username: ['Too long.'] } } },
    });

    await expect(signIn({ username: 'ada', password: 'pw', rememberMe: false })).rejects.toMatchObject({ status: 400 });
    expect(server.calls).toHaveLength(1);
  });
});
