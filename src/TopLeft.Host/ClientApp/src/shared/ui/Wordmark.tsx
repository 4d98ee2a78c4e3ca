import './Wordmark.css';

/** The TopLeft logo mark and name; used wherever a tenant has not uploaded its own logo. */
export function Wordmark({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span className={`tl-wordmark tl-wordmark--${size}`} data-testid="topleft-wordmark">
      <svg className="tl-wordmark__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--tl-color-accent)" />
        <rect x="7" y="7" width="8" height="8" rx="2" fill="#fff" />
        <rect x="17" y="7" width="8" height="5" rx="2" fill="#c7cbff" />
        <rect x="7" y="17" width="8" height="8" rx="2" fill="#c7cbff" />
        <rect x="17" y="14" width="8" height="11" rx="2" fill="#a2a8fb" />
      </svg>
      <span className="tl-wordmark__name">TopLeft</span>
    </span>
  );
}
