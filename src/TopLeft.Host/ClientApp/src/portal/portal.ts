import { api } from '../shared/api';

export interface LicensedCompany {
  psaId: number;
  name: string;
  identifier: string | null;
  licensedAt: string;
  licensedBy: string;
  /** False when the company is no longer an active company in the PSA. */
  inPsa: boolean;
}

export interface LicensedCompanies {
  licenses: number;
  isTrial: boolean;
  used: number;
  /** null during the trial: unlimited. */
  left: number | null;
  companies: LicensedCompany[];
}

export interface CompanyMatch {
  psaId: number;
  name: string;
  identifier: string;
  licensed: boolean;
}

export type ContactAccess = 'none' | 'invited' | 'cloudradial' | 'removed';

export interface ContactRow {
  psaId: number;
  name: string;
  email: string | null;
  isActive: boolean;
  access: ContactAccess;
  invitedAt: string | null;
}

export type CardVisibility = 'company' | 'only-mine';

export interface PortalOptions {
  enabled: boolean;
  showNotesAndTimeEntries: boolean;
  contactCanAddNotes: boolean;
  visibility: CardVisibility;
  contactCanDrag: boolean;
  showBudgetSummary: boolean;
  /** Empty: every licensed company may use the board. */
  companyAccess: number[];
}

export interface CompanyOption {
  psaId: number;
  name: string;
  licensed: boolean;
}

export interface BoardOptionsResponse {
  boardId: string;
  boardName: string;
  supported: boolean;
  options: PortalOptions;
  companies: CompanyOption[];
}

export interface ViewAsState {
  active: boolean;
  contactPsaId: number | null;
  contactName: string | null;
  companyPsaId: number | null;
  startedAt: string | null;
  returnTo: string;
}

export interface CloudRadialSettings {
  configured: boolean;
  createdAt: string | null;
  handOffUrl: string;
}

export interface CloudRadialSecret {
  secret: string;
  createdAt: string;
  handOffUrl: string;
}

export const getLicensedCompanies = (signal?: AbortSignal) => api.get<LicensedCompanies>('/api/portal/companies', { signal });

export const searchCompanies = (q: string, signal?: AbortSignal) =>
  api.get<CompanyMatch[]>('/api/portal/companies/search', { query: { q }, signal });

export const licenseCompany = (companyPsaId: number) => api.post<LicensedCompanies>('/api/portal/companies', { companyPsaId });

export const unlicenseCompany = (companyPsaId: number) => api.delete<void>(`/api/portal/companies/${companyPsaId}`);

export const getContacts = (companyPsaId: number, signal?: AbortSignal) =>
  api.get<ContactRow[]>(`/api/portal/companies/${companyPsaId}/contacts`, { signal });

export const inviteContact = (contactPsaId: number) => api.post<ContactRow>(`/api/portal/contacts/${contactPsaId}/invitation`);

export const removeContact = (contactPsaId: number) => api.delete<void>(`/api/portal/contacts/${contactPsaId}`);

export const getBoardOptions = (boardId: string, signal?: AbortSignal) =>
  api.get<BoardOptionsResponse>(`/api/portal/boards/${encodeURIComponent(boardId)}/options`, { signal });

export const saveBoardOptions = (boardId: string, options: PortalOptions) =>
  api.put<BoardOptionsResponse>(`/api/portal/boards/${encodeURIComponent(boardId)}/options`, options);

export const getViewAs = (signal?: AbortSignal) => api.get<ViewAsState>('/api/portal/view-as', { signal });

export const startViewAs = (contactPsaId: number) => api.post<ViewAsState>('/api/portal/view-as', { contactPsaId });

export const exitViewAs = () => api.delete<ViewAsState>('/api/portal/view-as');

export const getCloudRadial = (signal?: AbortSignal) => api.get<CloudRadialSettings>('/api/portal/cloudradial', { signal });

export const newCloudRadialSecret = () => api.post<CloudRadialSecret>('/api/portal/cloudradial/secret');

export const deleteCloudRadialSecret = () => api.delete<void>('/api/portal/cloudradial/secret');

/** Sends the browser to a page with a full reload, so the main menu's board list is read again (View As changes it). */
export function reloadAt(path: string): void {
  window.location.assign(path);
}
