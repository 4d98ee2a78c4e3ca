import type { ReactNode } from 'react';
import { useBranding } from '../current-branding';
import './MenuLogo.css';

/** The workspace's menu logo, or `children` (the default mark) while there is none. */
export function MenuLogo({ children }: { children: ReactNode }) {
  const branding = useBranding();
  if (!branding?.menu) return <>{children}</>;
  // The surrounding link names the workspace, so the image itself is decorative.
  return <img className="tl-menu-logo" data-testid="menu-logo" src={branding.menu} alt="" />;
}
