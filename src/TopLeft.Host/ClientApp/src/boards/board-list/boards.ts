import { api, ApiError } from '../../shared/api';

export interface BoardSummary {
  id: string;
  name: string;
}

/** `GET /api/boards`; a 404 (boards module not there yet) reads as "no boards". */
export async function getBoards(signal?: AbortSignal): Promise<BoardSummary[]> {
  try {
    const boards = await api.get<BoardSummary[] | undefined>('/api/boards', { signal });
    return Array.isArray(boards) ? boards.map((b) => ({ id: String(b.id), name: b.name })) : [];
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}
