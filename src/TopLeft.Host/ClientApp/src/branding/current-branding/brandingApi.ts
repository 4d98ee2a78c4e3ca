import { api, ApiError, isProblemDetails, readXsrfToken, XSRF_HEADER } from '../../shared/api';

export type LogoSlot = 'login' | 'menu' | 'favicon';

/** `GET /api/branding`: the current logo URL per slot (content-hash URLs), null where the default is used. */
export interface Branding {
  login: string | null;
  menu: string | null;
  favicon: string | null;
}

export const NO_BRANDING: Branding = { login: null, menu: null, favicon: null };

/** The server refuses larger files too; checking first spares the upload. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export const getBranding = (signal?: AbortSignal) => api.get<Branding>('/api/branding', { signal });

export const resetLogo = (slot: LogoSlot) => api.delete(`/api/branding/logos/${slot}`);

/**
 * Sends the file itself as the body (not multipart), which is what `PUT /api/branding/logos/{slot}` takes.
 * The shared `api` helper only sends JSON or forms, so this one call builds its request by hand.
 */
export async function uploadLogo(slot: LogoSlot, file: Blob): Promise<Branding> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Content-Type': file.type || 'application/octet-stream',
  };
  const token = readXsrfToken();
  if (token) headers[XSRF_HEADER] = token;

  let response: Response;
  try {
    response = await fetch(`/api/branding/logos/${slot}`, { method: 'PUT', headers, body: file, credentials: 'include' });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, isProblemDetails(data) ? data : null);
  return data as Branding;
}
