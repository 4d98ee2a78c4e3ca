import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** User name (or display name) of the administrator who created it. */
  createdBy: string;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  /** The secret; the server never shows it again. */
  token: string;
}

export function listApiTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return api.get<ApiToken[]>('/api/accounts/api-tokens', { signal });
}

export function createApiToken(name: string): Promise<CreatedApiToken> {
  return withXsrfRetry(() => api.post<CreatedApiToken>('/api/accounts/api-tokens', { name }));
}

export function revokeApiToken(id: string): Promise<void> {
  return withXsrfRetry(() => api.delete(`/api/accounts/api-tokens/${encodeURIComponent(id)}`));
}
