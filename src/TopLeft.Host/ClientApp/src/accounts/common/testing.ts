import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { acmeTenant, adminUser, mockApi } from '../../test/mockApi';

// These pages render the whole signed-in app; on a busy CI machine the default 1 s for findBy* is tight.
configure({ asyncUtilTimeout: 4000 });

/** Session + boards routes for a signed-in page rendered through the whole app (renderApp). */
export function signedInRoutes(user: Record<string, unknown> = adminUser) {
  return {
    'GET /api/session': { body: { user, tenant: acmeTenant } },
    'GET /api/boards': { body: [] },
  } satisfies Parameters<typeof mockApi>[0];
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/**
 * A fake WebAuthn browser: `PublicKeyCredential` with the JSON helpers missing (so the manual base64url path
 * runs) and `navigator.credentials.get/create` resolving with credentials that have `toJSON()`.
 */
export function stubWebAuthn(options: { fail?: string } = {}) {
  const toJSON = vi.fn(() => ({ id: 'cred-1', rawId: 'Y3JlZC0x', type: 'public-key', response: { clientDataJSON: 'e30' } }));
  const credential = { id: 'cred-1', rawId: bytes('cred-1'), type: 'public-key', toJSON };
  const reject = () => Promise.reject(new DOMException('The operation either timed out or was not allowed.', options.fail));
  const get = vi.fn(() => (options.fail ? reject() : Promise.resolve(credential)));
  const create = vi.fn(() => (options.fail ? reject() : Promise.resolve(credential)));
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get, create } });
  return { get, create, toJSON };
}

export function unstubWebAuthn() {
  vi.unstubAllGlobals();
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: undefined });
}
