import { api } from '../../shared/api';

export interface Invitation {
  tenantName: string;
  userName: string;
  displayName: string;
  email: string;
}

export function getInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return api.get<Invitation>(`/api/accounts/invitations/${encodeURIComponent(token)}`, { signal });
}

export function acceptInvitation(token: string, password: string): Promise<void> {
  return api.post(`/api/accounts/invitations/${encodeURIComponent(token)}/accept`, { password });
}
