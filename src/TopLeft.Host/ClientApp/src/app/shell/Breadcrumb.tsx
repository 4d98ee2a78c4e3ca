import { Link, useLocation } from 'react-router';
import { useBoardList } from '../../boards/board-list/BoardListProvider';
import { Icon } from '../../shared/icons';
import './Breadcrumb.css';

const adminTitles: Record<string, string[]> = {
  users: ['Users'],
  licensing: ['Licensing'],
  subscription: ['Subscription'],
  'integrations/connection': ['Integrations', 'Connection'],
  'integrations/sync': ['Integrations', 'Synchronization'],
  portal: ['Client Portal'],
  branding: ['Branding'],
  audit: ['Audit log'],
  'api-tokens': ['API tokens'],
  security: ['Security settings'],
};

/** The top bar's "where am I", derived from the path so pages need not register anything. */
export function Breadcrumb() {
  const { pathname } = useLocation();
  const { data: boards } = useBoardList();
  const crumbs: { label: string; to?: string }[] = [];

  if (pathname === '/') {
    crumbs.push({ label: 'Boards' });
  } else if (pathname.startsWith('/boards/')) {
    const id = decodeURIComponent(pathname.slice('/boards/'.length));
    crumbs.push({ label: 'Boards', to: '/' }, { label: boards?.find((b) => b.id === id)?.name ?? 'Board' });
  } else if (pathname.startsWith('/admin')) {
    const rest = pathname.replace(/^\/admin\/?/, '').replace(/\/$/, '');
    crumbs.push({ label: 'Admin' }, ...(adminTitles[rest] ?? []).map((label) => ({ label })));
  } else if (pathname.startsWith('/account')) {
    crumbs.push({ label: 'My account' }, { label: 'Security' });
  } else if (pathname === '/no-license') {
    crumbs.push({ label: 'Boards' });
  }

  if (crumbs.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb">
      <ol className="tl-breadcrumb">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={`${crumb.label}-${index}`} className="tl-breadcrumb__item">
              {crumb.to && !last ? <Link to={crumb.to}>{crumb.label}</Link> : <span aria-current={last ? 'page' : undefined}>{crumb.label}</span>}
              {!last ? <Icon name="chevronRight" size={14} className="tl-breadcrumb__sep" /> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
