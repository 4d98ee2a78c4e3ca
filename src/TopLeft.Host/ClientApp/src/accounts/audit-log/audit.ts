import { api } from '../../shared/api';
import type { BadgeTone } from '../../shared/ui';

export interface AuditEntry {
  id: string;
  at: string;
  /** Event type name from the server, e.g. "SignInFailed" or "user.disabled". */
  event: string;
  userName: string | null;
  actorUserName: string | null;
  ipAddress: string | null;
  detail: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEntries(before: string | undefined, signal?: AbortSignal): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>('/api/accounts/audit', { query: { before, take: AUDIT_PAGE_SIZE }, signal });
}

/** "SignInFailed" / "sign_in_failed" / "user.disabled" → "Sign in failed" / "User disabled". */
export function eventLabel(event: string): string {
  const words = event
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s._:/-]+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z\d]{2,}$/.test(w) ? w : w.toLowerCase()));
  const sentence = words.join(' ').replace(/\btwo factor\b/, 'two-factor').replace(/\b2fa\b/i, '2FA');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Failures and lockouts stand out; changes that weaken security are amber; good news is green. */
export function eventTone(event: string): BadgeTone {
  const e = event.toLowerCase();
  if (/(fail|lock|denied|invalid|reject)/.test(e)) return 'danger';
  if (/(disabl|remov|revok|delet|reset|expir)/.test(e)) return 'warning';
  if (/(sign.?in|login|accept|enabl|verif|creat|add)/.test(e)) return 'success';
  if (/(invit|token|setting|passkey|recovery|two.?factor|2fa|authenticator)/.test(e)) return 'brand';
  return 'neutral';
}
