import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoginLogo } from '../../branding/login-logo/LoginLogo';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Alert, Button, Checkbox, LoadingState, ProblemAlert, TextField } from '../../shared/ui';
import { getTenant } from '../tenant/tenant';
import { NoWorkspacePage } from './NoWorkspacePage';
import { safeReturnUrl, signIn } from './signIn';
import './SignInPage.css';

interface FieldErrors {
  username?: string;
  password?: string;
}

const FIELDS = ['username', 'password', 'rememberMe'] as const;

export function SignInPage() {
  const tenant = useApiQuery('tenant', getTenant);
  useDocumentTitle('Sign in');

  if (tenant.loading) {
    return (
      <AuthLayout>
        <LoadingState label="Loading your workspace…" />
      </AuthLayout>
    );
  }
  if (tenant.error?.status === 404) return <NoWorkspacePage />;

  return <SignInForm tenantName={tenant.data?.name} />;
}

function SignInForm({ tenantName }: { tenantName: string | undefined }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnUrl = safeReturnUrl(params.get('returnUrl'));

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!username.trim()) errors.username = 'Enter your username or email.';
    if (!password) errors.password = 'Enter your password.';
    return errors;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    setLocked(null);
    const errors = validate();
    setFieldErrors(errors);
    if (errors.username) return usernameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    setSubmitting(true);
    try {
      const result = await signIn({ username: username.trim(), password, rememberMe });
      if (result?.requiresTwoFactor) {
        const query = new URLSearchParams();
        if (returnUrl) query.set('returnUrl', returnUrl);
        if (rememberMe) query.set('rememberMe', 'true');
        const qs = query.toString();
        navigate(`/sign-in/two-factor${qs ? `?${qs}` : ''}`);
      } else {
        navigate(returnUrl ?? '/', { replace: true });
      }
    } catch (error) {
      setSubmitting(false);
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      if (apiError.status === 423) {
        setLocked(apiError.detail ?? 'Too many failed sign-in attempts. Try again later, or ask your administrator to unlock your account.');
        return;
      }
      setFieldErrors({ username: apiError.fieldError('username'), password: apiError.fieldError('password') });
      if (apiError.status === 401 && !apiError.detail && !apiError.title) {
        setServerError(new ApiError(401, { title: 'Sign-in failed', detail: 'The username or password is incorrect.' }));
      } else {
        setServerError(apiError);
      }
      if (apiError.status === 401) {
        setPassword('');
        passwordRef.current?.focus();
      }
    }
  };

  return (
    <AuthLayout
      logo={<LoginLogo tenantName={tenantName} />}
      footer={
        <>
          New to TopLeft? <Link to="/sign-up">Create a workspace</Link>
        </>
      }
    >
      <AuthHeading
        title={tenantName ? `Sign in to ${tenantName}` : 'Sign in to TopLeft'}
        subtitle="Use your TopLeft username or email address."
      />
      {locked ? (
        <Alert tone="warning" title="Your account is locked">
          {locked}
        </Alert>
      ) : null}
      <ProblemAlert error={serverError} displayedFields={FIELDS} />
      <form className="tl-sign-in__form" onSubmit={onSubmit} noValidate>
        <TextField
          ref={usernameRef}
          label="Username or email"
          name="username"
          autoComplete="username"
          autoFocus
          value={username}
          error={fieldErrors.username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={fieldErrors.password}
          onChange={(e) => setPassword(e.target.value)}
          labelAside={
            <Link to="/forgot-password" className="tl-sign-in__forgot">
              Forgot password?
            </Link>
          }
        />
        <Checkbox label="Remember me" name="rememberMe" checked={rememberMe} onChange={(e) => setRememberMe(e.target.checked)} />
        <Button type="submit" variant="primary" size="lg" block loading={submitting}>
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
