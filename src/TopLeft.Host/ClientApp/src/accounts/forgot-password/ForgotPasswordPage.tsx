import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Alert, Button, ProblemAlert, TextField, Wordmark } from '../../shared/ui';
import { toApiError } from '../common/errors';
import { requestPasswordReset } from './passwordReset';
import '../common/accounts.css';

/** `/forgot-password`: asks for a reset link by e-mail. */
export function ForgotPasswordPage() {
  useDocumentTitle('Reset password');
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const value = username.trim();
    if (!value) {
      setError('Enter your username or email.');
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await requestPasswordReset(value);
      setSentTo(value);
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError.fieldError('username'));
      setServerError(apiError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Back to sign in</Link>}>
      <AuthHeading title="Reset your password" subtitle="We'll email you a link to choose a new password." />
      {sentTo ? (
        <>
          <Alert tone="success" title="Check your email">
            If an account matches <strong>{sentTo}</strong>, we've sent it a link to reset the password. The link works for a
            limited time. Nothing arrived? Check your spam folder, or ask your TopLeft administrator.
          </Alert>
          <Button
            block
            size="lg"
            onClick={() => {
              setSentTo(null);
              window.setTimeout(() => inputRef.current?.focus(), 0);
            }}
          >
            Try another username
          </Button>
        </>
      ) : (
        <>
          <ProblemAlert error={serverError} displayedFields={['username']} />
          <form className="tl-form-stack" onSubmit={onSubmit} noValidate>
            <TextField
              ref={inputRef}
              label="Username or email"
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              error={error}
              onChange={(e) => setUsername(e.target.value)}
            />
            <Button type="submit" variant="primary" size="lg" block loading={submitting}>
              Send reset link
            </Button>
          </form>
        </>
      )}
    </AuthLayout>
  );
}
