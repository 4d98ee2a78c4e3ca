import { api, ApiError } from '../../shared/api';

export type UserKind = 'member' | 'admin' | 'contact';

export interface SessionUser {
  id: string;
  displayName: string;
  userName: string;
  kind: UserKind;
  licensed: boolean;
  /** The user has an authenticator app (or another second factor) set up. */
  twoFactorEnabled?: boolean;
  /** The tenant requires two-factor authentication and this user has none yet: only `/account/security` is open. */
  mustSetUpTwoFactor?: boolean;
}

export interface Tenant {
  slug: string;
  name: string;
}

export interface Session {
  user: SessionUser | null;
  tenant: Tenant | null;
}

export const SIGNED_OUT: Session = { user: null, tenant: null };

/** `GET /api/session`; a 401 is read as "nobody is signed in" rather than an error. */
export async function getSession(signal?: AbortSignal): Promise<Session> {
  try {
    const session = await api.get<Session | undefined>('/api/session', { signal });
    return { user: session?.user ?? null, tenant: session?.tenant ?? null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return SIGNED_OUT;
    throw error;
  }
}

export function signOut(): Promise<void> {
  return api.post('/api/accounts/sign-out');
}

export function isAdmin(user: SessionUser | null | undefined): boolean {
  return user?.kind === 'admin';
}
