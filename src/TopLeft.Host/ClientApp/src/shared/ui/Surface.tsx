import type { HTMLAttributes, ReactNode } from 'react';
import './Surface.css';

export function Card({ className, padded = true, ...rest }: HTMLAttributes<HTMLDivElement> & { padded?: boolean }) {
  return <div className={['tl-card', padded ? 'tl-card--padded' : '', className].filter(Boolean).join(' ')} {...rest} />;
}

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  /** A small line above the title (section name, breadcrumb). */
  eyebrow?: ReactNode;
}

export function PageHeader({ title, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <header className="tl-page-header">
      <div className="tl-page-header__text">
        {eyebrow ? <p className="tl-page-header__eyebrow">{eyebrow}</p> : null}
        <h1 className="tl-page-header__title">{title}</h1>
        {description ? <p className="tl-page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="tl-page-header__actions">{actions}</div> : null}
    </header>
  );
}

/** Standard page body width and padding inside the app shell. */
export function Page({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return <div className={['tl-page', wide ? 'tl-page--wide' : ''].filter(Boolean).join(' ')}>{children}</div>;
}

export function Avatar({ name, size = 28 }: { name: string; size?: number }) {
  const initials = name
    .split(/[\s._@-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
  // A stable hue per name keeps people recognisable across the app.
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const hue = Math.abs(hash) % 360;
  return (
    <span
      className="tl-avatar"
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.4, background: `hsl(${hue} 55% 92%)`, color: `hsl(${hue} 45% 32%)` }}
    >
      {initials || '?'}
    </span>
  );
}
