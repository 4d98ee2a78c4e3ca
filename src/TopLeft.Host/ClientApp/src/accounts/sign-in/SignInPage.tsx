import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginLogo } from '../../branding/login-logo/LoginLogo';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Alert, Button, Checkbox, LoadingState, ProblemAlert, TextField } from '../../shared/ui';
import { getTenant } from '../tenant/tenant';
import { NoWorkspacePage } from './NoWorkspacePage';
import { PasskeyError, passkeysSupported } from '../webauthn/webauthn';
import { readSignInNotice, safeReturnUrl, signIn, signInWithPasskey, type SignInResponse } from './signIn';
import '../common/accounts.css';
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
  const location = useLocation();
  const [params] = useSearchParams();
  const returnUrl = safeReturnUrl(params.get('returnUrl'));
  const [{ notice, userName: noticeUserName }] = useState(() => readSignInNotice(location.state));

  const [username, setUsername] = useState(noticeUserName ?? '');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [passkeyBusy, setPasskeyBusy] = useState(false);
  const [passkeyError, setPasskeyError] = useState<string | null>(null);
  const [canUsePasskeys] = useState(passkeysSupported);
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
    setPasskeyError(null);
    const errors = validate();
    setFieldErrors(errors);
    if (errors.username) return usernameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    setSubmitting(true);
    try {
      const result = await signIn({ username: username.trim(), password, rememberMe });
      if (result?.requiresTwoFactorSetup && !result.requiresTwoFactor) {
        navigate('/account/security', { replace: true });
      } else if (result?.requiresTwoFactor) {
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
      } else if (apiError.status === 403 && !apiError.detail) {
        setServerError(new ApiError(403, { title: 'Account disabled', detail: 'Your account is disabled. Ask your TopLeft administrator to enable it.' }));
      } else {
        setServerError(apiError);
      }
      if (apiError.status === 401) {
        setPassword('');
        passwordRef.current?.focus();
      }
    }
  };

  const afterSignIn = (result: SignInResponse | undefined) => {
    if (result?.requiresTwoFactorSetup) navigate('/account/security', { replace: true });
    else navigate(returnUrl ?? '/', { replace: true });
  };

  const onPasskey = async () => {
    setServerError(null);
    setLocked(null);
    setPasskeyError(null);
    setPasskeyBusy(true);
    try {
      afterSignIn(await signInWithPasskey());
    } catch (error) {
      setPasskeyBusy(false);
      if (error instanceof PasskeyError) {
        setPasskeyError(error.message);
      } else if (error instanceof ApiError && error.status === 423) {
        setLocked(error.detail ?? 'Too many failed sign-in attempts. Try again later.');
      } else if (error instanceof ApiError && error.status === 401 && !error.detail) {
        setPasskeyError('That passkey is not registered for this workspace. Sign in with your password instead.');
      } else {
        setPasskeyError(error instanceof ApiError ? error.message : 'Passkey sign-in did not work. Try again.');
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
      {notice ? (
        <Alert tone="success" title="You're all set">
          {notice}
        </Alert>
      ) : null}
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
        <Button type="submit" variant="primary" size="lg" block loading={submitting} disabled={passkeyBusy}>
          Sign in
        </Button>
      </form>
      {canUsePasskeys ? (
        <>
          <div className="tl-auth-divider">or</div>
          {passkeyError ? (
            <Alert tone="danger" title="Passkey sign-in failed">
              {passkeyError}
            </Alert>
          ) : null}
          <Button size="lg" block icon="key" loading={passkeyBusy} disabled={submitting} onClick={() => void onPasskey()}>
            Sign in with a passkey
          </Button>
        </>
      ) : null}
    </AuthLayout>
  );
}
