import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Button, EmptyState, LoadingState, ProblemAlert, Wordmark, useToast } from '../../shared/ui';
import { fieldMessages, toApiError } from '../common/errors';
import { FieldProblems } from '../common/FieldProblems';
import { NewPasswordFields, validateNewPassword, type NewPasswordErrors } from '../common/NewPasswordFields';
import { acceptInvitation, getInvitation, type Invitation } from './invitation';
import '../common/accounts.css';

/** `/invitation?token=…`: the link from the invitation e-mail; the invited user sets a password. */
export function InvitationPage() {
  useDocumentTitle('Accept invitation');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const invitation = useApiQuery(token ? `invitation:${token}` : null, (signal) => getInvitation(token, signal));
  const [settled, setSettled] = useState<ApiError | null>(null);

  let body;
  if (!token) body = <InvitationProblem status={404} />;
  else if (settled) body = <InvitationProblem status={settled.status} error={settled} onRetry={invitation.reload} />;
  else if (invitation.loading) body = <LoadingState label="Opening your invitation…" />;
  else if (invitation.error) body = <InvitationProblem status={invitation.error.status} error={invitation.error} onRetry={invitation.reload} />;
  else if (invitation.data) body = <AcceptForm token={token} invitation={invitation.data} onGone={setSettled} />;

  return (
    <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Go to sign in</Link>}>
      {body}
    </AuthLayout>
  );
}

function InvitationProblem({ status, error, onRetry }: { status: number; error?: ApiError; onRetry?: () => void }) {
  if (status === 410) {
    return (
      // The server says which: expired, or replaced by a newer invitation.
      <EmptyState icon="clock" title={error?.title && /invitation/i.test(error.title) ? error.title.replace(/\.$/, '') : 'This invitation has expired'}>
        <p>{error?.detail ?? 'This invitation has expired; ask your administrator to resend it.'}</p>
      </EmptyState>
    );
  }
  if (status === 409) {
    return (
      <EmptyState
        icon="check"
        title="This invitation was already accepted"
        actions={
          <Link to="/sign-in" className="tl-btn tl-btn--primary tl-btn--md">
            Sign in
          </Link>
        }
      >
        <p>Your password is already set. Sign in with your username and password.</p>
        <p className="tl-text-sm">
          Forgot it? <Link to="/forgot-password">Reset your password</Link>.
        </p>
      </EmptyState>
    );
  }
  if (status === 404) {
    return (
      <EmptyState icon="alert" title="We couldn't find this invitation">
        <p>Open the link from your invitation email again, or ask your administrator to send a new invitation.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon="alert"
      title="The invitation could not be loaded"
      actions={
        onRetry ? (
          <Button variant="primary" onClick={onRetry}>
            Try again
          </Button>
        ) : null
      }
    >
      <p>{error?.message}</p>
    </EmptyState>
  );
}

function AcceptForm({ token, invitation, onGone }: { token: string; invitation: Invitation; onGone: (error: ApiError) => void }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [rules, setRules] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    setRules([]);
    const found = validateNewPassword(password, confirm);
    setErrors(found);
    if (found.password) return passwordRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();

    setSubmitting(true);
    try {
      await acceptInvitation(token, password);
      toast.show({ tone: 'success', title: 'Password set', description: `Welcome to ${invitation.tenantName}! Sign in to get started.` });
      navigate('/sign-in', {
        replace: true,
        state: { userName: invitation.userName, notice: 'Your password is set. Sign in to get started.' },
      });
    } catch (caught) {
      setSubmitting(false);
      const apiError = toApiError(caught);
      if (apiError.status === 410 || apiError.status === 409 || apiError.status === 404) {
        onGone(apiError);
        return;
      }
      const broken = fieldMessages(apiError, 'password');
      setRules(broken);
      setErrors({ password: broken.length > 1 ? 'Choose a password that follows the rules above.' : broken[0] });
      if (broken.length === 0 || apiError.otherFieldErrors(['password']).length > 0) setServerError(apiError);
      setPassword('');
      setConfirm('');
      passwordRef.current?.focus();
    }
  };

  return (
    <>
      <AuthHeading
        title={`Join ${invitation.tenantName} on TopLeft`}
        subtitle={`Hi ${invitation.displayName}, choose a password to finish setting up your account.`}
      />
      <dl className="tl-invitation__facts">
        <div>
          <dt>Username</dt>
          <dd className="tl-mono" data-testid="invitation-username">
            {invitation.userName}
          </dd>
        </div>
        {invitation.email && invitation.email !== invitation.userName ? (
          <div>
            <dt>Email</dt>
            <dd>{invitation.email}</dd>
          </div>
        ) : null}
      </dl>
      <FieldProblems title="Choose a stronger password" messages={rules} />
      <ProblemAlert error={serverError} displayedFields={['password']} />
      <form className="tl-form-stack" onSubmit={onSubmit} noValidate>
        {/* Lets password managers store the new password under the right username. */}
        <input type="text" name="username" autoComplete="username" value={invitation.userName} readOnly hidden />
        <NewPasswordFields
          password={password}
          confirm={confirm}
          errors={errors}
          passwordRef={passwordRef}
          confirmRef={confirmRef}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
        />
        <Button type="submit" variant="primary" size="lg" block loading={submitting}>
          Set password and continue
        </Button>
      </form>
    </>
  );
}
