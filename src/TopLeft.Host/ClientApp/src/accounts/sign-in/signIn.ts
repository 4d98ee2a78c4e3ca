import { api } from '../../shared/api';

export interface SignInRequest {
  username: string;
  password: string;
  rememberMe: boolean;
}

export interface SignInResponse {
  requiresTwoFactor: boolean;
}

export function signIn(request: SignInRequest): Promise<SignInResponse | undefined> {
  return api.post<SignInResponse | undefined>('/api/accounts/sign-in', request);
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/sign-in')) return null;
  return value;
}
