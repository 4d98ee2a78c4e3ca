import { api } from '../../shared/api';

/** Work item kinds as the API numbers them. */
export const WorkItemKind = { Ticket: 1, ProjectTicket: 2, Task: 3, Project: 4 } as const;
export type WorkItemKindValue = (typeof WorkItemKind)[keyof typeof WorkItemKind];

export const kindLabels: Record<number, string> = {
  1: 'Service tickets',
  2: 'Project tickets',
  3: 'Tasks',
  4: 'Projects',
};

export interface StatusView {
  psaId: number;
  name: string;
}

export interface ColumnView {
  id: string;
  name: string;
  statuses: StatusView[];
  wipLimit: number | null;
  count: number;
  overLimit: boolean;
}

export interface LaneView {
  key: string;
  title: string;
  count: number;
  overLimit: boolean;
  actualHours: number | null;
  budgetHours: number | null;
}

export interface CardView {
  key: string;
  kind: number;
  psaId: number;
  number: string;
  title: string;
  columnId: string;
  laneKey: string;
  statusPsaId: number | null;
  statusName: string | null;
  priorityPsaId: number | null;
  companyPsaId: number | null;
  companyName: string | null;
  assigneePsaIds: number[];
  actualHours: number | null;
  budgetHours: number | null;
  statusSince: string;
  clientResponded: boolean;
  rank: number;
  psaUrl: string | null;
}

export interface BoardCapabilities {
  isAdmin: boolean;
  isContact: boolean;
  readOnly: boolean;
  canDrag: boolean;
  canAddNotes: boolean;
  canEditCards: boolean;
  showNotes: boolean;
  canFilter: boolean;
}

export interface BoardView {
  id: string;
  name: string;
  kind: number;
  swimlane: string;
  wipLimitBlocksDrops: boolean;
  laneWipLimit: number | null;
  cardFields: string[];
  columns: ColumnView[];
  lanes: LaneView[];
  cards: CardView[];
  priorities: { psaId: number; name: string; color: string | null }[];
  members: { psaId: number; name: string; initials: string }[];
  /** Every status of the board's PSA boards (members only), for "change status". */
  statuses?: StatusView[];
  companies: { psaId: number; name: string }[];
  capabilities: BoardCapabilities;
  /** The tenant's board-data version this board was read at; null when the server could not tell. */
  version?: number | null;
}

/** A temporary filter: only in the page and the URL of the request, never saved to the board. */
export interface PersonalFilter {
  member: number[];
  company: number[];
  priority: number[];
  unassigned: boolean;
  q: string;
}

export const emptyFilter: PersonalFilter = { member: [], company: [], priority: [], unassigned: false, q: '' };

export function filterQuery(filter: PersonalFilter): string {
  const params = new URLSearchParams();
  filter.member.forEach((m) => params.append('member', String(m)));
  filter.company.forEach((c) => params.append('company', String(c)));
  filter.priority.forEach((p) => params.append('priority', String(p)));
  if (filter.unassigned) params.set('unassigned', 'true');
  if (filter.q.trim()) params.set('q', filter.q.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function getBoardView(boardId: string, filter: PersonalFilter, signal?: AbortSignal): Promise<BoardView> {
  return api.get<BoardView>(`/api/boards/${boardId}/view${filterQuery(filter)}`, { signal });
}

export function getCard(boardId: string, key: string): Promise<CardView> {
  return api.get<CardView>(`/api/boards/${boardId}/cards/${key}`);
}

export interface MoveRequest {
  columnId: string;
  statusPsaId?: number | null;
  laneKey?: string | null;
  expectedStatusPsaId?: number | null;
  beforeKey?: string | null;
  afterKey?: string | null;
}

export interface MoveResponse {
  card: CardView;
  writeBackId: string | null;
}

export function moveCard(boardId: string, key: string, move: MoveRequest): Promise<MoveResponse> {
  return api.post<MoveResponse>(`/api/boards/${boardId}/cards/${key}/move`, move);
}

export function sendCardTo(boardId: string, key: string, position: 'top' | 'bottom'): Promise<CardView> {
  return api.post<CardView>(`/api/boards/${boardId}/cards/${key}/rank`, { position });
}

export interface CardDetails {
  notes: { psaId: number; text: string; isInternal: boolean; by: string; createdAt: string }[];
  timeEntries: { psaId: number; member: string; start: string; hours: number; notes: string | null }[];
  history: { at: string; by: string; what: string }[];
  showNotes: boolean;
}

export function getCardDetails(boardId: string, key: string): Promise<CardDetails> {
  return api.get<CardDetails>(`/api/boards/${boardId}/cards/${key}/details`);
}

export interface WriteBackAccepted {
  writeBackId: string;
}

export const cardActions = {
  addNote: (boardId: string, key: string, text: string, isInternal: boolean) =>
    api.post<WriteBackAccepted>(`/api/boards/${boardId}/cards/${key}/notes`, { text, isInternal }),
  addTime: (boardId: string, key: string, start: string, hours: number, notes: string) =>
    api.post<WriteBackAccepted>(`/api/boards/${boardId}/cards/${key}/time-entries`, { start, hours, notes }),
  setStatus: (boardId: string, key: string, statusPsaId: number) =>
    api.post<WriteBackAccepted>(`/api/boards/${boardId}/cards/${key}/status`, { statusPsaId }),
  setPriority: (boardId: string, key: string, priorityPsaId: number) =>
    api.post<WriteBackAccepted>(`/api/boards/${boardId}/cards/${key}/priority`, { priorityPsaId }),
  setAssignees: (boardId: string, key: string, memberPsaIds: number[]) =>
    api.put<WriteBackAccepted>(`/api/boards/${boardId}/cards/${key}/assignees`, { memberPsaIds }),
};

export interface CardFilterDefinition {
  memberPsaIds: number[];
  companyPsaIds: number[];
  priorityPsaIds: number[];
  projectPsaIds: number[];
  includeUnassigned: boolean;
}

export interface ColumnDefinition {
  id: string | null;
  name: string;
  statusPsaIds: number[];
  wipLimit: number | null;
}

export interface BoardDefinition {
  name: string;
  kind: number;
  psaBoardIds: number[];
  filter: CardFilterDefinition;
  swimlane: string;
  wipLimitBlocksDrops: boolean;
  laneWipLimit: number | null;
  showLaneTotals: boolean;
  cardFields: string[];
  columns: ColumnDefinition[] | null;
}

export interface PsaStatus {
  psaId: number;
  name: string;
  sortOrder: number;
  isClosed: boolean;
  isActive: boolean;
}

export interface SetupOptions {
  psa: number | null;
  kinds: number[];
  psaBoards: { psaId: number; name: string; isActive: boolean; statuses: PsaStatus[] }[];
  members: { psaId: number; name: string }[];
  companies: { psaId: number; name: string }[];
  priorities: { psaId: number; name: string }[];
  projects: { psaId: number; name: string }[];
  swimlanes: string[];
  cardFields: string[];
  /** Project boards: the statuses the synced projects are in, per project board. */
  projectBoards: { psaId: number; name: string; isActive: boolean; statuses: PsaStatus[] }[];
  /** Autotask task boards: one "Tasks" entry with the task status list (tasks are on no queue). */
  taskBoards: { psaId: number; name: string; isActive: boolean; statuses: PsaStatus[] }[];
}

export const boardAdmin = {
  options: (signal?: AbortSignal) => api.get<SetupOptions>('/api/boards/setup-options', { signal }),
  get: (boardId: string, signal?: AbortSignal) =>
    api.get<{ id: string; definition: BoardDefinition; updatedAt: string }>(`/api/boards/${boardId}/definition`, { signal }),
  create: (definition: BoardDefinition) => api.post<{ id: string }>('/api/boards', definition),
  update: (boardId: string, definition: BoardDefinition) => api.put<{ id: string }>(`/api/boards/${boardId}`, definition),
  remove: (boardId: string) => api.delete(`/api/boards/${boardId}`),
};
