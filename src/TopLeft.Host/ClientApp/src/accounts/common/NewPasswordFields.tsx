import type { RefObject } from 'react';
import { TextField } from '../../shared/ui';

export interface NewPasswordErrors {
  password?: string;
  confirm?: string;
}

export function validateNewPassword(password: string, confirm: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (!password) errors.password = 'Choose a password.';
  if (!confirm) errors.confirm = 'Enter the password again.';
  else if (password && confirm !== password) errors.confirm = "The passwords don't match.";
  return errors;
}

/** "New password" + "Confirm password", shared by password reset and invitation acceptance. */
export function NewPasswordFields({
  password,
  confirm,
  errors,
  passwordRef,
  confirmRef,
  onPasswordChange,
  onConfirmChange,
  autoFocus = true,
}: {
  password: string;
  confirm: string;
  errors: NewPasswordErrors;
  passwordRef: RefObject<HTMLInputElement | null>;
  confirmRef: RefObject<HTMLInputElement | null>;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  autoFocus?: boolean;
}) {
  return (
    <>
      <TextField
        ref={passwordRef}
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        autoFocus={autoFocus}
        required
        value={password}
        error={errors.password}
        hint="Use a long password you don't use anywhere else."
        onChange={(e) => onPasswordChange(e.target.value)}
      />
      <TextField
        ref={confirmRef}
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        error={errors.confirm}
        onChange={(e) => onConfirmChange(e.target.value)}
      />
    </>
  );
}
