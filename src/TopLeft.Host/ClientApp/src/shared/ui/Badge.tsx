import type { ReactNode } from 'react';
import './Badge.css';

export type BadgeTone = 'neutral' | 'brand' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', dot, children }: { tone?: BadgeTone; dot?: boolean; children: ReactNode }) {
  return (
    <span className={`tl-badge tl-badge--${tone}`}>
      {dot ? <span className="tl-badge__dot" aria-hidden="true" /> : null}
      {children}
    </span>
  );
}
