import { ApiError, api } from '../shared/api';

/** PsaKind on the server: 1 = ConnectWise, 2 = Autotask. */
export type PsaKind = 1 | 2;
export const CONNECTWISE: PsaKind = 1;
export const AUTOTASK: PsaKind = 2;

export interface ConnectionSettings {
  kind: PsaKind;
  siteUrl: string;
  account: string;
  /** Blank keeps the stored secret. */
  publicKey: string | null;
  privateKey: string | null;
  clientId: string | null;
  keepClosedTickets: boolean;
  actAsMemberAllowed: boolean;
}

export interface Connection {
  kind: PsaKind;
  siteUrl: string;
  account: string;
  apiUrl: string | null;
  hasCredentials: boolean;
  keepClosedTickets: boolean;
  actAsMemberAllowed: boolean;
  realtimeRegistered: boolean;
  lastFullSyncAt: string | null;
}

export interface PermissionResult {
  permission: string;
  granted: boolean;
  detail: string | null;
}

export interface TestConnectionResult {
  ok: boolean;
  error: string | null;
  permissions: PermissionResult[];
}

export type SyncType = 'full' | 'incremental' | 'reference' | 'notes' | 'reconcile';

export interface SyncRun {
  id: string;
  type: SyncType;
  trigger: string;
  state: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  items: number;
  errors: number;
  progress: number;
  step: string | null;
  requests: number;
  log: string | null;
}

export interface SyncStatus {
  runs: SyncRun[];
  requestsLastHour: number;
  budgetUsed: number | null;
  budgetLimit: number | null;
  pendingWriteBacks: number;
  failedWriteBacks: number;
}

const connectionPath = '/api/integrations/connection';
const syncPath = '/api/integrations/sync';

/** The stored connection, or null when the workspace has none yet (404). */
export async function getConnection(signal?: AbortSignal): Promise<Connection | null> {
  try {
    return await api.get<Connection>(connectionPath, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function saveConnection(settings: ConnectionSettings): Promise<Connection> {
  return api.put<Connection>(connectionPath, settings);
}

export function testConnection(settings: ConnectionSettings): Promise<TestConnectionResult> {
  return api.post<TestConnectionResult>(`${connectionPath}/test`, settings);
}

export function getSyncStatus(signal?: AbortSignal): Promise<SyncStatus> {
  return api.get<SyncStatus>(syncPath, { signal });
}

export function startSync(type: SyncType): Promise<SyncRun> {
  return api.post<SyncRun>(syncPath, { type });
}

export const psaName = (kind: PsaKind) => (kind === AUTOTASK ? 'Autotask' : 'ConnectWise PSA');
