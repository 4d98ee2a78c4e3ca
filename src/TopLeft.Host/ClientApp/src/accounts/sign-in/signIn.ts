import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';
import { getPasskeyAssertion } from '../webauthn/webauthn';

export interface SignInRequest {
  username: string;
  password: string;
  rememberMe: boolean;
}

export interface SignInResponse {
  requiresTwoFactor: boolean;
  /** The tenant requires 2FA and the user has none yet: they are signed in, but only to set it up. */
  requiresTwoFactorSetup?: boolean;
}

export function signIn(request: SignInRequest): Promise<SignInResponse | undefined> {
  return withXsrfRetry(() => api.post<SignInResponse | undefined>('/api/accounts/sign-in', request));
}

export interface TwoFactorRequest {
  code: string;
  rememberMachine: boolean;
  useRecoveryCode: boolean;
}

export function signInTwoFactor(request: TwoFactorRequest): Promise<SignInResponse | undefined> {
  return withXsrfRetry(() => api.post<SignInResponse | undefined>('/api/accounts/sign-in/two-factor', request));
}

/** Asks the server for a challenge, lets the browser pick a passkey, and signs in with it. */
export async function signInWithPasskey(): Promise<SignInResponse | undefined> {
  const options = await withXsrfRetry(() => api.post<unknown>('/api/accounts/sign-in/passkey/options', {}));
  const credential = await getPasskeyAssertion(options);
  return withXsrfRetry(() => api.post<SignInResponse | undefined>('/api/accounts/sign-in/passkey', { credential }));
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/sign-in')) return null;
  return value;
}

/** What the sign-in page can be told through navigation state (after an invitation or a password reset). */
export interface SignInNotice {
  notice?: string;
  userName?: string;
}

export function readSignInNotice(state: unknown): SignInNotice {
  if (typeof state !== 'object' || state === null) return {};
  const record = state as Record<string, unknown>;
  return {
    notice: typeof record.notice === 'string' ? record.notice : undefined,
    userName: typeof record.userName === 'string' ? record.userName : undefined,
  };
}
