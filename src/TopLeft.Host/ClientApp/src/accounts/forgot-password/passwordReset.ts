import { api } from '../../shared/api';
import { withXsrfRetry } from '../common/xsrf';

/** Always 202: the answer never tells whether the account exists. */
export function requestPasswordReset(username: string): Promise<void> {
  return withXsrfRetry(() => api.post('/api/accounts/password/forgot', { username }));
}

export function resetPassword(request: { userId: string; token: string; password: string }): Promise<void> {
  return withXsrfRetry(() => api.post('/api/accounts/password/reset', request));
}
