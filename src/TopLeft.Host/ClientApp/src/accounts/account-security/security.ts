import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';
import { createPasskeyCredential } from '../webauthn/webauthn';

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
}

export interface SecurityOverview {
  twoFactorEnabled: boolean;
  hasAuthenticator: boolean;
  recoveryCodesLeft: number;
  passkeys: Passkey[];
  /** The tenant requires two-factor authentication for everyone. */
  requireTwoFactor: boolean;
}

export interface AuthenticatorSetup {
  sharedKey: string;
  authenticatorUri: string;
  /** SVG markup of the QR code for `authenticatorUri`. */
  qrCodeSvg: string;
}

export function getSecurity(signal?: AbortSignal): Promise<SecurityOverview> {
  return api.get<SecurityOverview>('/api/accounts/me/security', { signal });
}

export function startAuthenticatorSetup(): Promise<AuthenticatorSetup> {
  return withXsrfRetry(() => api.post<AuthenticatorSetup>('/api/accounts/me/authenticator'));
}

export function verifyAuthenticator(code: string): Promise<{ recoveryCodes: string[] }> {
  return withXsrfRetry(() => api.post<{ recoveryCodes: string[] }>('/api/accounts/me/authenticator/verify', { code }));
}

export function removeAuthenticator(): Promise<void> {
  return withXsrfRetry(() => api.delete('/api/accounts/me/authenticator'));
}

export function regenerateRecoveryCodes(): Promise<{ recoveryCodes: string[] }> {
  return withXsrfRetry(() => api.post<{ recoveryCodes: string[] }>('/api/accounts/me/recovery-codes'));
}

/** Gets creation options, lets the browser create the passkey, and registers it under `name`. */
export async function addPasskey(name: string): Promise<Passkey> {
  const options = await withXsrfRetry(() => api.post<unknown>('/api/accounts/me/passkeys/options'));
  const credential = await createPasskeyCredential(options);
  return withXsrfRetry(() => api.post<Passkey>('/api/accounts/me/passkeys', { name, credential }));
}

export function removePasskey(id: string): Promise<void> {
  return withXsrfRetry(() => api.delete(`/api/accounts/me/passkeys/${encodeURIComponent(id)}`));
}

/** "JBSWY3DPEHPK3PXP" → "jbsw y3dp ehpk 3pxp": easier to type into an app by hand. */
export function formatSharedKey(key: string): string {
  return key
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

/** The server's QR code SVG as an image URL, so its markup is never put into the DOM. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
