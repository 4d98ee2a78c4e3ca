import { api } from '../../shared/api';
import type { BadgeTone } from '../../shared/ui';

export interface AuditEntry {
  id: string | number;
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

const LABELS: Record<string, string> = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Sign-in failed',
  'locked-out': 'Locked out',
  'sign-out': 'Signed out',
  '2fa-enabled': '2FA turned on',
  '2fa-disabled': '2FA turned off',
  '2fa-removed-by-admin': '2FA removed by admin',
  'recovery-codes-regenerated': 'New recovery codes',
  'recovery-code-used': 'Recovery code used',
  'passkey-added': 'Passkey added',
  'passkey-removed': 'Passkey removed',
  'invitation-sent': 'Invitation sent',
  'invitation-accepted': 'Invitation accepted',
  'user-disabled': 'User disabled',
  'user-enabled': 'User enabled',
  'user-created': 'User added',
  'password-reset': 'Password reset',
  'api-token-created': 'API token created',
  'api-token-revoked': 'API token revoked',
  'settings-changed': 'Settings changed',
};

/** Known events get a fixed label; others are made readable: "SignInFailed" / "user.disabled" → "Sign in failed" / "User disabled". */
export function eventLabel(event: string): string {
  const known = LABELS[event.toLowerCase()];
  if (known) return known;
  const words = event
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s._:/-]+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z\d]{2,}$/.test(w) ? w : w.toLowerCase()));
  const sentence = words.join(' ').replace(/\btwo factor\b/, 'two-factor').replace(/\b2fa\b/i, '2FA').replace(/\bapi\b/, 'API');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Failures and lockouts stand out; changes that weaken security are amber; good news is green. */
export function eventTone(event: string): BadgeTone {
  const e = event.toLowerCase();
  if (/(fail|lock|denied|invalid|reject)/.test(e)) return 'danger';
  if (/(disabl|remov|revok|delet|reset|expir)/.test(e)) return 'warning';
  if (/(sign.?out|logout)/.test(e)) return 'neutral';
  if (/(sign.?in|login|accept|enabl|verif|creat|add)/.test(e)) return 'success';
  if (/(invit|token|setting|passkey|recovery|two.?factor|2fa|authenticator)/.test(e)) return 'brand';
  return 'neutral';
}
