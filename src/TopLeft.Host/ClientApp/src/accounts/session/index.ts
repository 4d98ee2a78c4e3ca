export { SessionProvider, useSession, useSessionState } from './SessionProvider';
export type { SessionState } from './SessionProvider';
export { getSession, signOut, isAdmin, SIGNED_OUT } from './session';
export type { Session, SessionUser, Tenant, UserKind } from './session';
