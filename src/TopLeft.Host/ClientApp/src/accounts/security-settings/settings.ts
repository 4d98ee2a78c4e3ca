import { api } from '../../shared/api';

export interface SecuritySettings {
  requireTwoFactor: boolean;
}

export function getSecuritySettings(signal?: AbortSignal): Promise<SecuritySettings> {
  return api.get<SecuritySettings>('/api/accounts/settings', { signal });
}

export function saveSecuritySettings(settings: SecuritySettings): Promise<void> {
  return api.put('/api/accounts/settings', settings);
}
