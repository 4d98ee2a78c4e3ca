import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';

export interface SecuritySettings {
  requireTwoFactor: boolean;
}

export function getSecuritySettings(signal?: AbortSignal): Promise<SecuritySettings> {
  return api.get<SecuritySettings>('/api/accounts/settings', { signal });
}

export function saveSecuritySettings(settings: SecuritySettings): Promise<void> {
  return withXsrfRetry(() => api.put('/api/accounts/settings', settings));
}
