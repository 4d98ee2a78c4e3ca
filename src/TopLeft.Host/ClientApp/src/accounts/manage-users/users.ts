import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';

export type InvitationState = 'none' | 'pending' | 'accepted' | 'expired';

export interface ManagedUser {
  id: string;
  displayName: string;
  userName: string;
  email: string | null;
  kind: 'member' | 'admin' | 'contact';
  isAdmin: boolean;
  licensed: boolean;
  disabled: boolean;
  lastBoardViewAt: string | null;
  twoFactorEnabled: boolean;
  passkeyCount: number;
  psaApiKeysSet: boolean;
  invitation: InvitationState;
}

export interface NewUser {
  displayName: string;
  /** Members: their PSA username. Contacts sign in with their e-mail address, so it is sent as both. */
  userName: string;
  email: string | null;
  kind: 'member' | 'contact';
  isAdmin: boolean;
  sendInvitation: boolean;
}

const base = '/api/accounts/users';
const userPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listUsers(signal?: AbortSignal): Promise<ManagedUser[]> {
  return api.get<ManagedUser[]>(base, { signal });
}

export function createUser(user: NewUser): Promise<ManagedUser> {
  return withXsrfRetry(() => api.post<ManagedUser>(base, user));
}

/** Sends the invitation, or a fresh one (replacing the old link). */
export function sendInvitation(id: string): Promise<void> {
  return withXsrfRetry(() => api.post(`${userPath(id)}/invitation`));
}

export function disableUser(id: string): Promise<void> {
  return withXsrfRetry(() => api.post(`${userPath(id)}/disable`));
}

export function enableUser(id: string): Promise<void> {
  return withXsrfRetry(() => api.post(`${userPath(id)}/enable`));
}

export function removeTwoFactor(id: string): Promise<void> {
  return withXsrfRetry(() => api.delete(`${userPath(id)}/two-factor`));
}

export type KindFilter = 'all' | 'member' | 'admin' | 'contact' | 'disabled';

export function isAdministrator(user: ManagedUser): boolean {
  return user.isAdmin || user.kind === 'admin';
}

export function matchesFilter(user: ManagedUser, search: string, kind: KindFilter): boolean {
  if (kind === 'admin' && !isAdministrator(user)) return false;
  if (kind === 'member' && user.kind === 'contact') return false;
  if (kind === 'contact' && user.kind !== 'contact') return false;
  if (kind === 'disabled' && !user.disabled) return false;
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return [user.displayName, user.userName, user.email ?? ''].some((value) => value.toLowerCase().includes(needle));
}
