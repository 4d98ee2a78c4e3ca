import { Link } from 'react-router';
import { isAdmin, useSession } from '../../accounts/session';
import { useBoardList } from '../../boards/board-list/BoardListProvider';
import { MenuLogo } from '../../branding/menu-logo/MenuLogo';
import { ViewAsExit } from '../../portal/view-as/ViewAsExit';
import { useViewAs } from '../../portal/view-as/ViewAsProvider';
import { NavGroup, NavItem, NavSection } from '../../shared/layout';
import { Spinner } from '../../shared/ui';
import './MainMenu.css';

export function MainMenu() {
  const { user, tenant } = useSession();
  const viewAs = useViewAs();
  const workspaceName = tenant?.name ?? 'TopLeft';

  return (
    <nav className="tl-main-menu" aria-label="Main">
      <Link to="/" className="tl-workspace" aria-label={`${workspaceName} home`}>
        <MenuLogo>
          <span className="tl-workspace__mark" aria-hidden="true">
            {workspaceName.charAt(0).toUpperCase()}
          </span>
        </MenuLogo>
        <span className="tl-workspace__text">
          <span className="tl-workspace__name">{workspaceName}</span>
          {tenant?.slug ? <span className="tl-workspace__slug">{tenant.slug}</span> : null}
        </span>
      </Link>

      {isAdmin(user) ? <ViewAsExit /> : null}

      <BoardsSection licensed={user.licensed || user.kind === 'contact' || viewAs.state?.active === true} />

      {isAdmin(user) ? (
        <NavSection title="Admin">
          <NavItem to="/admin/users" icon="users">
            Users
          </NavItem>
          <NavItem to="/admin/licensing" icon="key">
            Licensing
          </NavItem>
          <NavItem to="/admin/subscription" icon="card">
            Subscription
          </NavItem>
          <NavGroup label="Integrations" icon="plug">
            <NavItem to="/admin/integrations/connection" depth={1}>
              Connection
            </NavItem>
            <NavItem to="/admin/integrations/sync" depth={1}>
              Synchronization
            </NavItem>
          </NavGroup>
          <NavItem to="/admin/portal" icon="globe">
            Client Portal
          </NavItem>
          <NavItem to="/admin/branding" icon="palette">
            Branding
          </NavItem>
          <NavItem to="/admin/security" icon="shield">
            Security settings
          </NavItem>
          <NavItem to="/admin/api-tokens" icon="lock">
            API tokens
          </NavItem>
          <NavItem to="/admin/audit" icon="list">
            Audit log
          </NavItem>
        </NavSection>
      ) : null}
    </nav>
  );
}

function BoardsSection({ licensed }: { licensed: boolean }) {
  const { data: boards, loading, error } = useBoardList();

  if (!licensed) {
    return (
      <NavSection title="Boards">
        <NavItem to="/no-license" icon="lock">
          No license
        </NavItem>
      </NavSection>
    );
  }

  return (
    <NavSection title="Boards" action={loading ? <Spinner size="sm" label="Loading boards" /> : null}>
      <NavItem to="/" icon="home" end>
        All boards
      </NavItem>
      {boards?.map((board) => (
        <NavItem key={board.id} to={`/boards/${encodeURIComponent(board.id)}`}>
          {board.name}
        </NavItem>
      ))}
      {error ? <li className="tl-main-menu__note">Boards could not be loaded.</li> : null}
    </NavSection>
  );
}
