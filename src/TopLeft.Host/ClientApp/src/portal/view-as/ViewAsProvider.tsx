import { createContext, useContext, type ReactNode } from 'react';
import { useApiQuery } from '../../shared/api';
import { getViewAs, type ViewAsState } from '../portal';

interface ViewAsContextValue {
  /** The admin's View As session; undefined while loading (and for everyone who is not an admin). */
  state: ViewAsState | undefined;
  loading: boolean;
}

const ViewAsContext = createContext<ViewAsContextValue>({ state: undefined, loading: false });

/** Reads once per page load whether the signed-in admin is viewing the boards as a contact. */
export function ViewAsProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const query = useApiQuery(enabled ? 'portal-view-as' : null, getViewAs);
  return <ViewAsContext.Provider value={{ state: query.data, loading: query.loading }}>{children}</ViewAsContext.Provider>;
}

export function useViewAs(): ViewAsContextValue {
  return useContext(ViewAsContext);
}
