import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Button, EmptyState, ProblemAlert, Wordmark, useToast } from '../../shared/ui';
import { fieldMessages, toApiError } from '../common/errors';
import { FieldProblems } from '../common/FieldProblems';
import { resetPassword } from '../forgot-password/passwordReset';
import { NewPasswordFields, validateNewPassword, type NewPasswordErrors } from '../common/NewPasswordFields';
import '../common/accounts.css';

/** `/reset-password?userId=…&token=…`: the link from the password reset e-mail. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const userId = params.get('userId') ?? '';
  const token = params.get('token') ?? '';

  if (!userId || !token) {
    return (
      <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Back to sign in</Link>}>
        <EmptyState
          icon="alert"
          title="This link is incomplete"
          actions={
            <Link to="/forgot-password" className="tl-btn tl-btn--primary tl-btn--md">
              Request a new link
            </Link>
          }
        >
          <p>Open the link from the email again, or copy the whole address into your browser.</p>
        </EmptyState>
      </AuthLayout>
    );
  }
  return <ResetPasswordForm userId={userId} token={token} />;
}

function ResetPasswordForm({ userId, token }: { userId: string; token: string }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [rules, setRules] = useState<string[]>([]);
  const [linkBroken, setLinkBroken] = useState(false);
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
      await resetPassword({ userId, token, password });
      toast.show({ tone: 'success', title: 'Password changed', description: 'Sign in with your new password.' });
      navigate('/sign-in', { replace: true, state: { notice: 'Your password has been changed. Sign in with your new password.' } });
    } catch (caught) {
      setSubmitting(false);
      const apiError = toApiError(caught);
      const messages = fieldMessages(apiError, 'password');
      // Identity reports a used or expired token as a "password" error ("Invalid token.").
      const tokenMessages = messages.filter((m) => /token|link/i.test(m));
      if (tokenMessages.length > 0 || (apiError.status === 400 && messages.length === 0 && !apiError.isValidation)) {
        setLinkBroken(true);
        return;
      }
      setRules(messages);
      setErrors({ password: messages.length > 1 ? 'Choose a password that follows the rules above.' : messages[0] });
      if (messages.length === 0 || apiError.otherFieldErrors(['password']).length > 0) setServerError(apiError);
      setPassword('');
      setConfirm('');
      passwordRef.current?.focus();
    }
  };

  if (linkBroken) {
    return (
      <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Back to sign in</Link>}>
        <EmptyState
          icon="clock"
          title="This link no longer works"
          actions={
            <Link to="/forgot-password" className="tl-btn tl-btn--primary tl-btn--md">
              Request a new link
            </Link>
          }
        >
          <p>Reset links work once and expire after a while. Ask for a new one and use the newest email.</p>
        </EmptyState>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout logo={<Wordmark size="lg" />} footer={<Link to="/sign-in">Back to sign in</Link>}>
      <AuthHeading title="Choose a new password" subtitle="You'll use it to sign in to TopLeft from now on." />
      <FieldProblems title="Choose a stronger password" messages={rules} />
      <ProblemAlert error={serverError} displayedFields={['password']} />
      <form className="tl-form-stack" onSubmit={onSubmit} noValidate>
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
          Change password
        </Button>
      </form>
    </AuthLayout>
  );
}

