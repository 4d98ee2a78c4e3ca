import { api } from '../../shared/api';

export interface SignUpRequest {
  companyName: string;
  slug: string;
  adminEmail: string;
  password: string;
}

export interface SignUpResponse {
  slug?: string;
  /** Absolute URL of the new workspace's sign-in page, when the server knows it. */
  signInUrl?: string;
}

export function signUp(request: SignUpRequest): Promise<SignUpResponse | undefined> {
  return api.post<SignUpResponse | undefined>('/api/accounts/sign-up', request);
}

/** "Acme IT Services, Inc." → "acme-it-services-inc" (lowercase letters, digits, single hyphens). */
export function slugify(companyName: string): string {
  return companyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
