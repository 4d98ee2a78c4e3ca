import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';

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
  return withXsrfRetry(() => api.post(`/api/accounts/invitations/${encodeURIComponent(token)}/accept`, { password }));
}
