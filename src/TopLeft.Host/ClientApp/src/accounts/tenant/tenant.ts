import { api } from '../../shared/api';
import type { Tenant } from '../session';

/** `GET /api/tenant`: the workspace served at this host name; 404 when there is none. */
export function getTenant(signal?: AbortSignal): Promise<Tenant> {
  return api.get<Tenant>('/api/tenant', { signal });
}

/**
 * The domain workspaces live under, derived from the current host: on a workspace sub-domain
 * (acme.topleft.app → topleft.app) the first label is dropped, on the bare domain it is kept.
 */
export function workspaceBaseHost(currentHost: string): string {
  const [hostname = '', port] = currentHost.split(':');
  const labels = hostname.split('.').filter(Boolean);
  const isIp = /^\d+(\.\d+){3}$/.test(hostname);
  const onSubdomain = !isIp && (labels.length > 2 || (labels.length === 2 && labels[1] === 'localhost'));
  const base = onSubdomain ? labels.slice(1).join('.') : hostname;
  return `${base}${port ? `:${port}` : ''}`;
}

/** The host a workspace slug would be served at, e.g. `acme.topleft.app`. */
export function workspaceHost(slug: string, currentHost: string): string {
  return `${slug || 'your-workspace'}.${workspaceBaseHost(currentHost)}`;
}
