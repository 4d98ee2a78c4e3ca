import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionProvider, useSessionState } from '../../accounts/session';
import { UserMenu } from '../../accounts/user-menu/UserMenu';
import { BoardListProvider } from '../../boards/board-list/BoardListProvider';
import { useViewAs, ViewAsProvider } from '../../portal/view-as/ViewAsProvider';
import { AppLayout } from '../../shared/layout';
import { Button, EmptyState, LoadingState } from '../../shared/ui';
import { Breadcrumb } from './Breadcrumb';
import { MainMenu } from './MainMenu';

/** Everything under `/`: loads the session, sends signed-out visitors to `/sign-in`, and frames the page. */
export function SignedInArea() {
  return (
    <SessionProvider>
      <SessionGate />
    </SessionProvider>
  );
}

function SessionGate() {
  const { status, session, error, refresh } = useSessionState();
  const location = useLocation();

  if (status === 'loading') {
    return (
      <div className="tl-full-page">
        <LoadingState label="Loading TopLeft…" />
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="tl-full-page">
        <EmptyState
          icon="alert"
          title="TopLeft could not be loaded"
          actions={
            <Button variant="primary" onClick={() => void refresh()}>
              Try again
            </Button>
          }
        >
          <p>{error?.message}</p>
        </EmptyState>
      </div>
    );
  }
  if (!session?.user) {
    const here = location.pathname + location.search;
    const target = here === '/' ? '/sign-in' : `/sign-in?returnUrl=${encodeURIComponent(here)}`;
    return <Navigate to={target} replace />;
  }

  return (
    <ViewAsProvider enabled={session.user.kind === 'admin'}>
      <Boards licensed={session.user.licensed} contact={session.user.kind === 'contact'}>
        <AppLayout sidebar={<MainMenu />} topbarStart={<Breadcrumb />} topbarEnd={<UserMenu />}>
          <Outlet />
        </AppLayout>
      </Boards>
    </ViewAsProvider>
  );
}

/** The board list for the menu: members with a license, contacts, and admins viewing as a contact. */
function Boards({ licensed, contact, children }: { licensed: boolean; contact: boolean; children: ReactNode }) {
  const { state } = useViewAs();
  return <BoardListProvider enabled={licensed || contact || state?.active === true}>{children}</BoardListProvider>;
}
