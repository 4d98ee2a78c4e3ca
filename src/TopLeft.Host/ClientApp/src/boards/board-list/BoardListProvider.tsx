import { createContext, useContext, type ReactNode } from 'react';
import { useApiQuery, type ApiQuery } from '../../shared/api';
import { getBoards, type BoardSummary } from './boards';

const BoardListContext = createContext<ApiQuery<BoardSummary[]> | null>(null);

/** Loads the boards the user can see once for the main menu and the home page. */
export function BoardListProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const query = useApiQuery(enabled ? 'boards' : null, getBoards);
  return <BoardListContext.Provider value={query}>{children}</BoardListContext.Provider>;
}

export function useBoardList(): ApiQuery<BoardSummary[]> {
  const context = useContext(BoardListContext);
  if (!context) throw new Error('useBoardList must be used inside <BoardListProvider>.');
  return context;
}
