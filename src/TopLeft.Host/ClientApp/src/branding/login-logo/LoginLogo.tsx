import { useEffect, useState } from 'react';
import { Wordmark } from '../../shared/ui';

export const LOGIN_LOGO_URL = '/api/branding/logos/login';

/**
 * The tenant's login logo when one has been uploaded, otherwise the TopLeft wordmark. The existence
 * check comes first so a workspace without a logo never flashes a broken image.
 */
export function LoginLogo({ tenantName }: { tenantName?: string }) {
  const [state, setState] = useState<'checking' | 'present' | 'absent'>('checking');

  useEffect(() => {
    const controller = new AbortController();
    fetch(LOGIN_LOGO_URL, { method: 'GET', credentials: 'include', signal: controller.signal }).then(
      (response) => {
        const type = response.headers.get('content-type') ?? '';
        // A 200 HTML page is the SPA fallback, not a logo.
        const isImage = response.ok && !type.includes('text/html') && !type.includes('json');
        setState(isImage ? 'present' : 'absent');
      },
      () => {
        if (!controller.signal.aborted) setState('absent');
      },
    );
    return () => controller.abort();
  }, []);

  if (state === 'checking') return <div className="tl-login-logo-placeholder" aria-hidden="true" style={{ height: 36 }} />;
  if (state === 'absent') return <Wordmark size="lg" />;
  return (
    <img
      data-testid="login-logo"
      src={LOGIN_LOGO_URL}
      alt={tenantName ? `${tenantName} logo` : 'Company logo'}
      onError={() => setState('absent')}
    />
  );
}
