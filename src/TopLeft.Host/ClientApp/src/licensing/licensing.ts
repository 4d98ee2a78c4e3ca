import { api } from '../shared/api';

export interface MemberRow {
  psaId: number;
  name: string;
  userName: string;
  email: string | null;
}

export interface LicensedMembers {
  available: MemberRow[];
  selected: MemberRow[];
  used: number;
  /** null during the trial: unlimited. */
  limit: number | null;
  isTrial: boolean;
}

/** Why a member was (not) invited; the server's wording is in `reason`. */
export type InvitationOutcome =
  | 'invited'
  | 'alreadyHasAccount'
  | 'noEmail'
  | 'disabled'
  | 'unknownMember'
  | 'userNameTaken'
  | 'notLicensed';

export interface InvitationResult {
  psaId: number;
  name: string;
  email: string | null;
  invited: boolean;
  outcome: InvitationOutcome;
  reason: string;
}

export interface SavedSelection {
  used: number;
  limit: number | null;
  version: number;
  /** The newly selected members: the ones "Send e-mail invitations" is for. */
  added: number[];
  removed: number[];
  /** Empty unless invitations were asked for with the save. */
  invitations: InvitationResult[];
}

export interface AdminToAsk {
  name: string;
  email: string | null;
}

export interface MyLicense {
  licensed: boolean;
  isContact: boolean;
  psaMemberId: number | null;
  adminNames: string[];
  /** The workspace's active administrators; empty for a licensed user. */
  admins: AdminToAsk[];
}

export interface Subscription {
  isTrial: boolean;
  memberLicenses: number;
  portalCompanyLicenses: number;
  licensedMembers: number;
  memberLicensesLeft: number | null;
  billingProvider: string;
}

export interface SubscriptionChange {
  memberLicenses: number;
  portalCompanyLicenses: number;
  endTrial?: boolean;
}

export interface SubscriptionReview {
  current: Subscription;
  isTrial: boolean;
  memberLicenses: number;
  portalCompanyLicenses: number;
  memberLicensesDelta: number;
  portalCompanyLicensesDelta: number;
  canApply: boolean;
  problem: string | null;
}

export interface HistoryRow {
  at: string;
  kind: string;
  byName: string | null;
  summary: string;
  billingReference: string | null;
}

export const getLicensedMembers = (signal?: AbortSignal) => api.get<LicensedMembers>('/api/licensing/members', { signal });
export const saveLicensedMembers = (selectedPsaIds: number[], sendInvitations: boolean) =>
  api.put<SavedSelection>('/api/licensing/members', { selectedPsaIds, sendInvitations });
export const sendInvitations = (psaIds: number[]) => api.post<InvitationResult[]>('/api/licensing/members/invitations', { psaIds });
export const getMyLicense = (signal?: AbortSignal) => api.get<MyLicense>('/api/licensing/me', { signal });
export const getSubscription = (signal?: AbortSignal) => api.get<Subscription>('/api/licensing/subscription', { signal });
export const reviewSubscription = (change: SubscriptionChange) => api.post<SubscriptionReview>('/api/licensing/subscription/review', change);
export const changeSubscription = (change: SubscriptionChange) => api.put<Subscription>('/api/licensing/subscription', change);
export const getSubscriptionHistory = (signal?: AbortSignal) => api.get<HistoryRow[]>('/api/licensing/subscription/history', { signal });

/** Case-insensitive match on name, username or e-mail. */
export function matches(member: MemberRow, search: string): boolean {
  const term = search.trim().toLowerCase();
  if (!term) return true;
  return [member.name, member.userName, member.email ?? ''].some((v) => v.toLowerCase().includes(term));
}

const byName = (a: MemberRow, b: MemberRow) => a.name.localeCompare(b.name);

/** Moves a member from one list to the other, keeping both sorted by name. */
export function move(from: MemberRow[], to: MemberRow[], member: MemberRow): [MemberRow[], MemberRow[]] {
  return [from.filter((m) => m.psaId !== member.psaId), [...to, member].sort(byName)];
}
