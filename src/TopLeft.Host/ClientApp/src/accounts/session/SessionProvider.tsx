import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/api';
import { getSession, type Session, type SessionUser, type Tenant } from './session';

export interface SessionState {
  status: 'loading' | 'ready' | 'error';
  session: Session | null;
  error: ApiError | null;
  refresh: () => Promise<Session | null>;
}

const SessionContext = createContext<SessionState | null>(null);

async function load(): Promise<Omit<SessionState, 'refresh'>> {
  try {
    return { status: 'ready', session: await getSession(), error: null };
  } catch (error) {
    return { status: 'error', session: null, error: error instanceof ApiError ? error : new ApiError(0, null) };
  }
}

/** Loads `GET /api/session` once and shares it; `refresh` re-reads it (after sign-in or sign-out). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Omit<SessionState, 'refresh'>>({ status: 'loading', session: null, error: null });

  const refresh = useCallback(async () => {
    // Only a failed load shows the spinner again; a refresh of a good session swaps it in place.
    setState((current) => (current.status === 'error' ? { ...current, status: 'loading' } : current));
    const next = await load();
    setState(next);
    return next.session;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void load().then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const value = useMemo(() => ({ ...state, refresh }), [state, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSessionState must be used inside <SessionProvider>.');
  return context;
}

/** The signed-in user and tenant; only valid below the signed-in guard. */
export function useSession(): { user: SessionUser; tenant: Tenant | null; refresh: SessionState['refresh'] } {
  const { session, refresh } = useSessionState();
  if (!session?.user) throw new Error('useSession used outside a signed-in area.');
  return { user: session.user, tenant: session.tenant, refresh };
}
