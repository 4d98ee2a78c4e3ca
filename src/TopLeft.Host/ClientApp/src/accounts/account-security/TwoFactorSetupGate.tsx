import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../session';

export const SECURITY_PATH = '/account/security';

/**
 * While the tenant requires two-factor authentication and the user has none (`mustSetUpTwoFactor`), every
 * signed-in page sends them to `/account/security`, which explains why. The server enforces the same rule.
 */
export function TwoFactorSetupGate() {
  const { user } = useSession();
  const { pathname } = useLocation();
  if (user.mustSetUpTwoFactor && pathname !== SECURITY_PATH) return <Navigate to={SECURITY_PATH} replace />;
  return <Outlet />;
}
