import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Alert, Button, Checkbox, ProblemAlert, TextField, Wordmark } from '../../shared/ui';
import { toApiError } from '../common/errors';
import { safeReturnUrl, signInTwoFactor } from '../sign-in/signIn';
import '../common/accounts.css';
import './TwoFactorPage.css';

const FIELDS = ['code', 'rememberMachine', 'useRecoveryCode'] as const;

/** `/sign-in/two-factor`: the second step of sign-in, with an authenticator code or a recovery code. */
export function TwoFactorPage() {
  useDocumentTitle('Two-factor verification');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnUrl = safeReturnUrl(params.get('returnUrl'));

  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState('');
  const [rememberMachine, setRememberMachine] = useState(false);
  const [codeError, setCodeError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  const switchMode = () => {
    setUseRecoveryCode((current) => !current);
    setCode('');
    setCodeError(undefined);
    setServerError(null);
    // The input is re-rendered with other attributes; give it focus once it is there.
    window.setTimeout(() => codeRef.current?.focus(), 0);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    setLocked(null);
    setExpired(false);
    const value = useRecoveryCode ? code.trim() : code.replace(/\s+/g, '');
    let error: string | undefined;
    if (!value) error = useRecoveryCode ? 'Enter one of your recovery codes.' : 'Enter the 6-digit code from your authenticator app.';
    else if (!useRecoveryCode && !/^\d{6}$/.test(value)) error = 'The code has 6 digits.';
    setCodeError(error);
    if (error) {
      codeRef.current?.focus();
      return;
    }

    setSubmitting(true);
    try {
      const result = await signInTwoFactor({ code: value, rememberMachine, useRecoveryCode });
      navigate(result?.requiresTwoFactorSetup ? '/account/security' : (returnUrl ?? '/'), { replace: true });
    } catch (caught) {
      setSubmitting(false);
      const apiError = toApiError(caught);
      if (apiError.status === 423) {
        setLocked(apiError.detail ?? 'Too many failed attempts. Try again later, or ask your administrator to unlock your account.');
        return;
      }
      if (apiError.status === 401 && /expired/i.test(`${apiError.title ?? ''} ${apiError.detail ?? ''}`)) {
        // The half-finished sign-in (password step) is gone: start again.
        setExpired(true);
        return;
      }
      const fieldError = apiError.fieldError('code');
      if (fieldError) setCodeError(fieldError);
      if (apiError.status === 401) {
        // The server answers a wrong code like a wrong password; say what is wrong on this page.
        setServerError(
          new ApiError(401, {
            title: 'Verification failed',
            detail: useRecoveryCode ? 'That recovery code is not valid or was already used.' : 'That code is not valid. Check your authenticator app and try again.',
          }),
        );
      } else {
        setServerError(apiError);
      }
      setCode('');
      codeRef.current?.focus();
    }
  };

  const signInAgain = returnUrl ? `/sign-in?returnUrl=${encodeURIComponent(returnUrl)}` : '/sign-in';

  return (
    <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to={signInAgain}>Back to sign in</Link>}>
      <AuthHeading
        title="Two-factor verification"
        subtitle={
          useRecoveryCode
            ? 'Enter one of the recovery codes you saved when you set up two-factor authentication.'
            : 'Open your authenticator app and enter the 6-digit code for TopLeft.'
        }
      />
      {locked ? (
        <Alert tone="warning" title="Your account is locked">
          {locked}
        </Alert>
      ) : null}
      {expired ? (
        <Alert tone="warning" title="Your sign-in has expired">
          Too much time passed since you entered your password. <Link to={signInAgain}>Sign in again</Link>.
        </Alert>
      ) : null}
      <ProblemAlert error={serverError} displayedFields={FIELDS} />
      <form className="tl-form-stack" onSubmit={onSubmit} noValidate>
        {useRecoveryCode ? (
          <TextField
            key="recovery"
            ref={codeRef}
            label="Recovery code"
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            className="tl-two-factor__code"
            value={code}
            error={codeError}
            hint="Each recovery code works only once."
            onChange={(e) => setCode(e.target.value)}
          />
        ) : (
          <TextField
            key="totp"
            ref={codeRef}
            label="Verification code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={7}
            autoFocus
            className="tl-two-factor__code"
            value={code}
            error={codeError}
            onChange={(e) => setCode(e.target.value.replace(/[^\d ]/g, ''))}
          />
        )}
        <Checkbox
          label="Remember this device"
          description="Don't ask for a code on this browser for a while."
          name="rememberMachine"
          checked={rememberMachine}
          onChange={(e) => setRememberMachine(e.target.checked)}
        />
        <Button type="submit" variant="primary" size="lg" block loading={submitting}>
          Verify
        </Button>
      </form>
      <div className="tl-auth-center">
        <Button variant="ghost" size="sm" onClick={switchMode}>
          {useRecoveryCode ? 'Use your authenticator app instead' : 'Use a recovery code instead'}
        </Button>
      </div>
    </AuthLayout>
  );
}
