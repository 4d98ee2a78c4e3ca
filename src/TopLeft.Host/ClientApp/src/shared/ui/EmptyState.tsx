import type { ReactNode } from 'react';
import { Icon, type IconName } from '../icons';
import './EmptyState.css';

export interface EmptyStateProps {
  icon?: IconName;
  title: ReactNode;
  children?: ReactNode;
  /** Buttons or links under the text. */
  actions?: ReactNode;
  /** A small badge above the title, e.g. "Coming soon". */
  eyebrow?: ReactNode;
  className?: string;
}

export function EmptyState({ icon = 'sparkle', title, children, actions, eyebrow, className }: EmptyStateProps) {
  return (
    <section className={['tl-empty', className].filter(Boolean).join(' ')}>
      <div className="tl-empty__art" aria-hidden="true">
        <Icon name={icon} size={26} />
      </div>
      {eyebrow ? <div className="tl-empty__eyebrow">{eyebrow}</div> : null}
      <h2 className="tl-empty__title">{title}</h2>
      {children ? <div className="tl-empty__text">{children}</div> : null}
      {actions ? <div className="tl-empty__actions">{actions}</div> : null}
    </section>
  );
}
