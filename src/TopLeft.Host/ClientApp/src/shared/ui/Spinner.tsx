import './Spinner.css';

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** Announced to screen readers; omit when a surrounding element already says what is loading. */
  label?: string;
  className?: string;
}

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  return (
    <span
      className={['tl-spinner', `tl-spinner--${size}`, className].filter(Boolean).join(' ')}
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}

export interface ProgressBarProps {
  /** 0–100; leave undefined for an indeterminate bar. */
  value?: number;
  label: string;
  className?: string;
}

export function ProgressBar({ value, label, className }: ProgressBarProps) {
  const determinate = typeof value === 'number';
  const clamped = determinate ? Math.min(100, Math.max(0, value)) : undefined;
  return (
    <div
      className={['tl-progress', determinate ? '' : 'tl-progress--indeterminate', className].filter(Boolean).join(' ')}
      role="progressbar"
      aria-label={label}
      aria-valuemin={determinate ? 0 : undefined}
      aria-valuemax={determinate ? 100 : undefined}
      aria-valuenow={clamped}
    >
      <div className="tl-progress__bar" style={determinate ? { width: `${clamped}%` } : undefined} />
    </div>
  );
}

/** A centred spinner for a page or panel that is still loading. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="tl-loading-state" role="status" aria-live="polite">
      <Spinner size="lg" />
      <span className="tl-loading-state__label">{label}</span>
    </div>
  );
}
