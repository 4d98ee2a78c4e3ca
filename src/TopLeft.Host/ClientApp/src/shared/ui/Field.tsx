import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../icons';
import './Field.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> {
  label: ReactNode;
  /** Help text under the input; hidden while an error is shown. */
  hint?: ReactNode;
  /** Inline validation message; marks the input invalid and is announced. */
  error?: string;
  /** Content after the label on the same line (e.g. a "Forgot password?" link). */
  labelAside?: ReactNode;
  /** Fixed text shown after the input, inside its border (e.g. a domain suffix). */
  suffix?: ReactNode;
}

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, labelAside, suffix, id, className, required, ...rest },
  ref,
) {
  const generated = useId();
  const inputId = id ?? `field-${generated}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [error ? errorId : hint ? hintId : null, rest['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['tl-field', error ? 'tl-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <div className="tl-field__label-row">
        <label className="tl-field__label" htmlFor={inputId}>
          {label}
          {required ? (
            <span className="tl-field__required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
        </label>
        {labelAside}
      </div>
      <div className="tl-field__control">
        <input
          ref={ref}
          id={inputId}
          className="tl-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required={required}
          {...rest}
        />
        {suffix ? <span className="tl-field__suffix">{suffix}</span> : null}
      </div>
      {error ? (
        <FieldMessage id={errorId} tone="error">
          {error}
        </FieldMessage>
      ) : hint ? (
        <FieldMessage id={hintId}>{hint}</FieldMessage>
      ) : null}
    </div>
  );
});

export function FieldMessage({ id, tone = 'hint', children }: { id?: string; tone?: 'hint' | 'error'; children: ReactNode }) {
  return (
    <p id={id} className={`tl-field__message tl-field__message--${tone}`}>
      {tone === 'error' ? <Icon name="alert" size={14} /> : null}
      <span>{children}</span>
    </p>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
}

export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, description, id, className, ...rest },
  ref,
) {
  const generated = useId();
  const inputId = id ?? `checkbox-${generated}`;
  return (
    <div className={['tl-checkbox', className].filter(Boolean).join(' ')}>
      <input ref={ref} id={inputId} type="checkbox" className="tl-checkbox__input" {...rest} />
      <label htmlFor={inputId} className="tl-checkbox__label">
        {label}
        {description ? <span className="tl-checkbox__description">{description}</span> : null}
      </label>
    </div>
  );
});
