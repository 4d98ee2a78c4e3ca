import { useEffect } from 'react';
import { useBranding } from '../current-branding';

const DEFAULT_ICON = { href: '/favicon.svg', type: 'image/svg+xml' };

/** Points the tab icon (the `<link rel="icon">` of index.html) at the workspace's favicon, or back at TopLeft's. */
export function BrandingFavicon() {
  const favicon = useBranding()?.favicon ?? null;

  useEffect(() => {
    let link = document.head.querySelector<HTMLLinkElement>('link[rel~="icon"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'icon';
      document.head.appendChild(link);
    }
    if (favicon) {
      // The server knows the real type from the content; a stale type="image/svg+xml" would make browsers skip it.
      link.removeAttribute('type');
      link.href = favicon;
    } else {
      link.type = DEFAULT_ICON.type;
      link.href = DEFAULT_ICON.href;
    }
  }, [favicon]);

  return null;
}
