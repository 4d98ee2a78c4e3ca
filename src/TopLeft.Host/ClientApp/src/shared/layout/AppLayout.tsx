import { useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { Icon, type IconName } from '../icons';
import './AppLayout.css';

export interface AppLayoutProps {
  /** Left main menu content (header, nav sections). */
  sidebar: ReactNode;
  /** Left part of the top bar (breadcrumb / title). */
  topbarStart?: ReactNode;
  /** Right part of the top bar (user menu, actions). */
  topbarEnd?: ReactNode;
  children: ReactNode;
}

/** The signed-in frame: a left main menu, a top bar and the scrolling page area. */
export function AppLayout({ sidebar, topbarStart, topbarEnd, children }: AppLayoutProps) {
  const { pathname } = useLocation();
  // The mobile menu remembers the page it was opened on, so navigating anywhere closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const menuOpen = openedOn === pathname;
  const setMenuOpen = (open: boolean) => setOpenedOn(open ? pathname : null);

  return (
    <div className={['tl-app', menuOpen ? 'tl-app--menu-open' : ''].filter(Boolean).join(' ')}>
      <a className="tl-skip-link" href="#main">
        Skip to content
      </a>
      <aside className="tl-sidebar" aria-label="Main menu">
        {sidebar}
      </aside>
      <div className="tl-sidebar-scrim" onClick={() => setMenuOpen(false)} aria-hidden="true" />
      <div className="tl-app__main">
        <header className="tl-topbar">
          <button
            type="button"
            className="tl-topbar__menu-button"
            aria-label={menuOpen ? 'Close main menu' : 'Open main menu'}
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <Icon name="menu" />
          </button>
          <div className="tl-topbar__start">{topbarStart}</div>
          <div className="tl-topbar__end">{topbarEnd}</div>
        </header>
        <main id="main" className="tl-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}

export function NavSection({ title, children, action }: { title?: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="tl-nav-section" aria-label={title}>
      {title ? (
        <div className="tl-nav-section__header">
          <h2 className="tl-nav-section__title">{title}</h2>
          {action}
        </div>
      ) : null}
      <ul className="tl-nav-list">{children}</ul>
    </section>
  );
}

export interface NavItemProps {
  to: string;
  icon?: IconName;
  children: ReactNode;
  /** Only active on an exact path match. */
  end?: boolean;
  /** Nested level (0 = top); indents the item. */
  depth?: number;
  trailing?: ReactNode;
}

export function NavItem({ to, icon, children, end, depth = 0, trailing }: NavItemProps) {
  return (
    <li>
      <NavLink
        to={to}
        end={end}
        className={({ isActive }) => ['tl-nav-item', isActive ? 'tl-nav-item--active' : '', depth ? 'tl-nav-item--nested' : ''].filter(Boolean).join(' ')}
      >
        {icon ? <Icon name={icon} size={17} className="tl-nav-item__icon" /> : <span className="tl-nav-item__bullet" aria-hidden="true" />}
        <span className="tl-nav-item__label">{children}</span>
        {trailing}
      </NavLink>
    </li>
  );
}

/** A non-link group label with nested items (e.g. Integrations → Connection, Synchronization). */
export function NavGroup({ label, icon, children }: { label: string; icon?: IconName; children: ReactNode }) {
  return (
    <li>
      <div className="tl-nav-item tl-nav-item--group" role="presentation">
        {icon ? <Icon name={icon} size={17} className="tl-nav-item__icon" /> : null}
        <span className="tl-nav-item__label">{label}</span>
      </div>
      <ul className="tl-nav-list tl-nav-list--nested" aria-label={label}>
        {children}
      </ul>
    </li>
  );
}
