import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionProvider, useSessionState } from '../../accounts/session';
import { UserMenu } from '../../accounts/user-menu/UserMenu';
import { BoardListProvider } from '../../boards/board-list/BoardListProvider';
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
    <BoardListProvider enabled={session.user.licensed || session.user.kind === 'contact'}>
      <AppLayout sidebar={<MainMenu />} topbarStart={<Breadcrumb />} topbarEnd={<UserMenu />}>
        <Outlet />
      </AppLayout>
    </BoardListProvider>
  );
}
