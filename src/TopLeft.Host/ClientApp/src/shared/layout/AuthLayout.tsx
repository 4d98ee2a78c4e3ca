import type { ReactNode } from 'react';
import './AuthLayout.css';

export interface AuthLayoutProps {
  /** Logo slot above the card (tenant logo or the TopLeft wordmark). */
  logo?: ReactNode;
  children: ReactNode;
  /** Small print under the card (links to sign up, help). */
  footer?: ReactNode;
  /** A wider card for longer forms (sign up). */
  wide?: boolean;
}

/** Centred card layout for signed-out pages: sign in, sign up, two-factor, no workspace. */
export function AuthLayout({ logo, children, footer, wide }: AuthLayoutProps) {
  return (
    <div className="tl-auth">
      <main className={['tl-auth__inner', wide ? 'tl-auth__inner--wide' : ''].filter(Boolean).join(' ')}>
        {logo ? <div className="tl-auth__logo">{logo}</div> : null}
        <div className="tl-auth__card">{children}</div>
        {footer ? <div className="tl-auth__footer">{footer}</div> : null}
      </main>
    </div>
  );
}

export function AuthHeading({ title, subtitle }: { title: ReactNode; subtitle?: ReactNode }) {
  return (
    <div className="tl-auth__heading">
      <h1 className="tl-auth__title">{title}</h1>
      {subtitle ? <p className="tl-auth__subtitle">{subtitle}</p> : null}
    </div>
  );
}
