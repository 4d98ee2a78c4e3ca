import type { ReactNode } from 'react';
import type { ApiError } from '../api';
import { Icon, type IconName } from '../icons';
import './Alert.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const toneIcon: Record<AlertTone, IconName> = { info: 'info', success: 'check', warning: 'alert', danger: 'alert' };

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  const urgent = tone === 'danger' || tone === 'warning';
  return (
    <div
      className={['tl-alert', `tl-alert--${tone}`, className].filter(Boolean).join(' ')}
      role={urgent ? 'alert' : 'status'}
    >
      <Icon name={toneIcon[tone]} size={18} className="tl-alert__icon" />
      <div className="tl-alert__body">
        {title ? <p className="tl-alert__title">{title}</p> : null}
        {children ? <div className="tl-alert__text">{children}</div> : null}
      </div>
    </div>
  );
}

export interface ProblemAlertProps {
  error: ApiError | null | undefined;
  /** Fields the form shows inline; their messages are not repeated in the alert. */
  displayedFields?: readonly string[];
  title?: ReactNode;
  className?: string;
}

/**
 * Shows a ProblemDetails response: `detail` (or `title`) as the message, plus any validation messages
 * for fields the form does not render itself.
 */
export function ProblemAlert({ error, displayedFields = [], title, className }: ProblemAlertProps) {
  if (!error) return null;
  const others = error.otherFieldErrors(displayedFields);
  const hasInlineOnly = error.isValidation && others.length === 0 && !error.detail;
  const message = hasInlineOnly ? 'Please correct the highlighted fields.' : error.message;
  return (
    <Alert tone="danger" title={title} className={className}>
      <p data-testid="problem-detail">{message}</p>
      {others.length > 0 ? (
        <ul className="tl-alert__list">
          {others.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
